import type { RecordedEvent } from './event-envelope';
import type { ReadAllOptions } from './event-store.port';
import { ForwardingEventStore } from './forwarding-event-store';
import { InMemoryEventStore } from './memory/in-memory-event-store';
import { SharedAllReads } from './shared-all-reads';

/** The in-memory store, counting the reads of `$all` that reach it. */
class CountedStore extends ForwardingEventStore {
  reads = 0;

  constructor() {
    super(new InMemoryEventStore());
  }

  override readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    this.reads += 1;
    return this.inner.readAll(options);
  }
}

async function appendEvents(store: CountedStore, streamId: string, count: number): Promise<void> {
  await store.appendToStream(
    streamId,
    Array.from({ length: count }, (_, i) => ({
      eventId: `00000000-0000-4000-8000-${streamId.charCodeAt(0).toString(16).padStart(4, '0')}${String(i).padStart(8, '0')}`,
      type: 'Counted',
      data: { i },
      metadata: {
        occurredAt: '2026-12-07T22:00:00.000Z',
        actor: { id: 'spec', role: 'secretary' },
        correlationId: 'spec',
        schemaVersion: 1,
      },
    })),
  );
}

const positions = (events: readonly RecordedEvent[]): bigint[] => events.map((e) => e.position);

describe('$all read once by the followers on a thread', () => {
  let store: CountedStore;
  let shared: SharedAllReads;
  let all: bigint[];
  let clock: number;

  beforeEach(async () => {
    store = new CountedStore();
    clock = 0;
    shared = new SharedAllReads(store, { capacity: 6, keepMs: 3_000, now: () => clock });
    await appendEvents(store, 'a', 5);
    all = positions(await store.readAll({ maxCount: 100 }));
    store.reads = 0;
  });

  it('answers a second follower from what the first one read', async () => {
    const first = await shared.readAll({ maxCount: 3 });
    const second = await shared.readAll({ maxCount: 3 });
    expect(positions(second)).toEqual(positions(first));
    expect(store.reads).toBe(1);
  });

  it('answers a read after a position inside the run with the run after it, as many as asked', async () => {
    await shared.readAll({ maxCount: 5 });
    const after = await shared.readAll({ after: all[1], maxCount: 2 });
    expect(positions(after)).toEqual(all.slice(2, 4));
    expect(store.reads).toBe(1);
  });

  it('reads the store after the end of the run, and extends the run with what it read', async () => {
    await shared.readAll({ maxCount: 2 });
    const next = await shared.readAll({ after: all[1], maxCount: 10 });
    const again = await shared.readAll({ maxCount: 10 });
    expect(positions(next)).toEqual(all.slice(2));
    expect(positions(again)).toEqual(all);
    expect(store.reads).toBe(2);
  });

  it('sees events appended after the run once a follower reaches its end', async () => {
    await shared.readAll({ maxCount: 10 });
    await appendEvents(store, 'b', 2);
    const kept = await shared.readAll({ after: all[2], maxCount: 10 });
    const fresh = await shared.readAll({ after: kept.at(-1)?.position, maxCount: 10 });
    expect(positions(kept)).toEqual(all.slice(3));
    expect(fresh.map((e) => e.streamId)).toEqual(['b', 'b']);
  });

  it('starts a new run when a follower reads outside the one it keeps', async () => {
    await shared.readAll({ after: all[2], maxCount: 10 });
    const earlier = await shared.readAll({ maxCount: 2 });
    const keptNow = await shared.readAll({ maxCount: 2 });
    expect(positions(earlier)).toEqual(all.slice(0, 2));
    expect(positions(keptNow)).toEqual(all.slice(0, 2));
    expect(store.reads).toBe(2);
  });

  it('keeps at most its capacity, letting the oldest events go', async () => {
    await appendEvents(store, 'c', 5);
    const ten = positions(await store.readAll({ maxCount: 100 }));
    store.reads = 0;
    await shared.readAll({ maxCount: 100 });
    const newest = await shared.readAll({ after: ten[3], maxCount: 100 });
    const oldest = await shared.readAll({ maxCount: 1 });
    expect(positions(newest)).toEqual(ten.slice(4));
    expect(positions(oldest)).toEqual(ten.slice(0, 1));
    expect(store.reads).toBe(2);
  });

  it('lets go of events read longer ago than it keeps them, once it reads again', async () => {
    await shared.readAll({ maxCount: 10 });
    await appendEvents(store, 'b', 2);
    clock = 2_000;
    const later = await shared.readAll({ after: all[4], maxCount: 10 });
    const stillKept = await shared.readAll({ maxCount: 2 });
    clock = 4_500;
    await appendEvents(store, 'd', 1);
    await shared.readAll({ after: later.at(-1)?.position, maxCount: 10 });
    store.reads = 0;
    const fromStart = await shared.readAll({ maxCount: 2 });
    const fromLater = await shared.readAll({ after: all[4], maxCount: 10 });
    expect(positions(stillKept)).toEqual(all.slice(0, 2));
    expect(positions(fromStart)).toEqual(all.slice(0, 2));
    expect(fromLater.map((e) => e.streamId)).toEqual(['b', 'b', 'd']);
    expect(store.reads).toBe(2);
  });

  it('passes filtered reads through, as their batches have gaps', async () => {
    await shared.readAll({ maxCount: 10 });
    const filtered = await shared.readAll({ maxCount: 10, filter: { streamIdPrefixes: ['a'] } });
    expect(filtered).toHaveLength(5);
    expect(store.reads).toBe(2);
  });
});
