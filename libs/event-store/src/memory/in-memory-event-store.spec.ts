import { describeEventStoreConformance, eventFactory } from '../testing';
import { InvalidAppendError } from '../event-store.errors';
import { InMemoryEventStore } from './in-memory-event-store';

// Appends in memory are atomic, so the out-of-order commits PostgreSQL's readers must survive
// (ADR 0002) cannot happen here; that case runs against PostgreSQL in the integration tier.
describeEventStoreConformance(
  'In-memory',
  () => {
    const store = new InMemoryEventStore();
    return Promise.resolve({ store, namespace: 'memory', teardown: () => store.close() });
  },
  { outOfOrderCommits: false },
);

describe('the in-memory event store', () => {
  let event = eventFactory('memory-specific');
  beforeEach(() => {
    event = eventFactory('memory-specific');
  });

  it('hands out copies, so a caller that changes an event it read changes nothing stored', async () => {
    const store = new InMemoryEventStore();
    await store.appendToStream('signal-1', [event('SignalRecorded', { themes: ['vervoer'] })]);

    const [read] = await store.readStream('signal-1');
    (read?.data as { themes: string[] }).themes.push('wonen');

    const [again] = await store.readAll({ maxCount: 1 });
    expect(again?.data).toMatchObject({ themes: ['vervoer'] });
  });

  it('keeps data as JSON keeps it, as every other adapter does', async () => {
    const store = new InMemoryEventStore();
    const appended = event('SignalRecorded', { on: new Date('2026-11-23T09:00:00Z'), missing: undefined });

    await store.appendToStream('signal-2', [appended]);

    const [read] = await store.readStream('signal-2');
    expect(read?.data).toStrictEqual({ counter: 1, on: '2026-11-23T09:00:00.000Z' });
  });

  it('refuses an append that brings person keys, which it has nowhere to keep', async () => {
    const store = new InMemoryEventStore();

    const append = store.appendToStream('signal-3', [event('SignalRecorded')], {
      newPersonKeys: [{ personId: 'person-1', storedKey: Buffer.alloc(32) }],
    });

    await expect(append).rejects.toBeInstanceOf(InvalidAppendError);
    expect(await store.readStream('signal-3')).toEqual([]);
  });
});
