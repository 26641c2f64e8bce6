import { eventFactory, InMemoryEventStore } from '#event-store/testing';
import { adviceIssued, started } from '../../../domain/src/advice-trajectory/advice-trajectory.fixtures';
import { asDomainEvent } from './stream-reader';

describe('an event the first version wrote', () => {
  const recorded = eventFactory('upcast');
  const store = new InMemoryEventStore();

  const readBack = async (type: string, data: Record<string, unknown>) => {
    await store.appendToStream(`upcast-${type}`, [recorded(type, data)]);
    const [event] = await store.readStream(`upcast-${type}`);
    if (!event) throw new Error('nothing was recorded');
    return asDomainEvent(event);
  };

  it('is read as advice to its own municipality only when it names none', async () => {
    expect((await readBack(started.type, started.data)).data).toMatchObject({ addressedTo: ['GM0375'] });
  });

  it('is read as content advice when it names no kind', async () => {
    expect((await readBack(adviceIssued.type, adviceIssued.data)).data).toMatchObject({ adviceKind: 'content' });
  });

  it('of another stream is read as it was written', async () => {
    expect((await readBack('SignalRecorded', { summary: 'x' })).data).toEqual(
      expect.objectContaining({ summary: 'x' }),
    );
  });
});
