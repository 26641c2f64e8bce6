import type { DomainEvent } from '#domain';
import type { EventStore, RecordedEvent } from '#event-store';
import { eventFactory, InMemoryEventStore, recordingReads } from '#event-store/testing';
import { RememberedStreams } from './rule-streams';

/** Sums what was counted: any event folded twice or skipped shows in the total. */
const summing = {
  initialState: (): { total: number; seen: number[] } => ({ total: 0, seen: [] }),
  evolve: (state: { total: number; seen: number[] }, event: DomainEvent<string, unknown>) => {
    const { by } = event.data as { by: number };
    return { total: state.total + by, seen: [...state.seen, by] };
  },
};
const counting = { ...summing };

describe('the streams rules look at', () => {
  let store: InMemoryEventStore;
  const event = eventFactory('rule-streams');
  const append = async (streamId: string, ...amounts: number[]): Promise<void> => {
    await store.appendToStream(
      streamId,
      amounts.map((by) => event('Counted', { by })),
    );
  };

  beforeEach(() => {
    store = new InMemoryEventStore();
  });

  it('are read without personal data, then only from where they were last read, to the state a full read gives', async () => {
    await append('body-1', 1, 2, 3);
    const { store: seen, reads } = recordingReads(store);
    const rules = new RememberedStreams(seen);

    expect(await rules.load('body-1', summing)).toEqual({ state: { total: 6, seen: [1, 2, 3] }, revision: 2 });
    await append('body-1', 10, 20);
    expect(await rules.load('body-1', summing)).toEqual({ state: { total: 36, seen: [1, 2, 3, 10, 20] }, revision: 4 });
    expect(await rules.load('body-1', summing)).toEqual({ state: { total: 36, seen: [1, 2, 3, 10, 20] }, revision: 4 });

    expect(reads).toEqual([
      ['body-1', { withholdPersonalData: true }],
      ['body-1', { withholdPersonalData: true, fromRevision: 3 }],
      ['body-1', { withholdPersonalData: true, fromRevision: 5 }],
    ]);
  });

  it('remember no stream that does not exist yet, so its first events are read from the start', async () => {
    const { store: seen, reads } = recordingReads(store);
    const rules = new RememberedStreams(seen);

    expect(await rules.load('body-2', summing)).toEqual({ state: { total: 0, seen: [] }, revision: null });
    await append('body-2', 4);
    expect(await rules.load('body-2', summing)).toEqual({ state: { total: 4, seen: [4] }, revision: 0 });

    expect(reads.map(([, options]) => options?.fromRevision)).toEqual([undefined, undefined]);
  });

  it('forget the stream used longest ago once they hold their capacity', async () => {
    for (const id of ['lru-a', 'lru-b', 'lru-c']) await append(id, 1);
    const { store: seen, reads } = recordingReads(store);
    const rules = new RememberedStreams(seen, 2);

    for (const id of ['lru-a', 'lru-b', 'lru-a', 'lru-c', 'lru-a', 'lru-b']) await rules.load(id, summing);

    expect(reads.map(([id, options]) => `${id} from ${options?.fromRevision ?? 0}`)).toEqual([
      'lru-a from 0',
      'lru-b from 0',
      'lru-a from 1',
      'lru-c from 0',
      'lru-a from 1',
      'lru-b from 0',
    ]);
  });

  it('fold a stream afresh for another decider, whose states mean something else', async () => {
    await append('body-3', 5);
    const { store: seen, reads } = recordingReads(store);
    const rules = new RememberedStreams(seen);

    await rules.load('body-3', summing);
    expect(await rules.load('body-3', counting)).toEqual({ state: { total: 5, seen: [5] }, revision: 0 });

    expect(reads.map(([, options]) => options?.fromRevision)).toEqual([undefined, undefined]);
  });

  it('never put back an older state when a slow read ends after a newer one', async () => {
    await append('body-4', 1, 1);
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    const slowFirst = Object.create(store) as EventStore;
    slowFirst.readStream = async (streamId, options): Promise<RecordedEvent[]> => {
      calls += 1;
      const events = await store.readStream(streamId, options);
      if (calls === 1) await held;
      return events;
    };
    const { store: seen, reads } = recordingReads(slowFirst);
    const rules = new RememberedStreams(seen);

    const slow = rules.load('body-4', summing);
    await rules.load('body-4', summing);
    await append('body-4', 100);
    await rules.load('body-4', summing);
    release();
    expect(await slow).toEqual({ state: { total: 2, seen: [1, 1] }, revision: 1 });

    expect(await rules.load('body-4', summing)).toEqual({ state: { total: 102, seen: [1, 1, 100] }, revision: 2 });
    expect(reads).toEqual([
      ['body-4', { withholdPersonalData: true }],
      ['body-4', { withholdPersonalData: true }],
      ['body-4', { withholdPersonalData: true, fromRevision: 2 }],
      ['body-4', { withholdPersonalData: true, fromRevision: 3 }],
    ]);
  });
});
