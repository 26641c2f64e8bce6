import type { Pool, PoolClient } from 'pg';
import { InMemoryEventStore } from '#event-store/testing';
import type { RecordedEvent } from '#event-store';
import { BatchRunner, type BatchWork } from './batch-runner';

/** A pool whose transactions do nothing: the work below keeps its checkpoint in memory. */
const noopPool = (): Pool => {
  const client = { query: () => Promise.resolve({ rows: [] }), release: () => undefined } as unknown as PoolClient;
  return { ending: false, connect: () => Promise.resolve(client) } as unknown as Pool;
};

/** Remembers each batch's event types and keeps the checkpoint; `afterBatch` runs once a batch is applied. */
class RecordingWork implements BatchWork {
  readonly batches: string[][] = [];
  private position = -1n;

  constructor(private readonly afterBatch: (index: number) => void) {}

  readFrom(): Promise<bigint> {
    return Promise.resolve(this.position);
  }

  apply(_client: PoolClient, events: readonly RecordedEvent[]): Promise<void> {
    this.batches.push(events.map((e) => e.type));
    this.position = (events.at(-1) as RecordedEvent).position;
    this.afterBatch(this.batches.length - 1);
    return Promise.resolve();
  }
}

const METADATA = {
  occurredAt: '2026-12-07T09:00:00+01:00',
  actor: { id: 'ambtenaar-1', role: 'official' },
  correlationId: 'batch-runner-spec',
  schemaVersion: 1,
};

let appended = 0;
const append = (store: InMemoryEventStore, type: string): Promise<unknown> => {
  appended += 1;
  const eventId = `00000000-0000-4000-8000-${String(appended).padStart(12, '0')}`;
  return store.appendToStream(`s-${type}`, [{ eventId, type, data: {}, metadata: METADATA }]);
};

const until = async (holds: () => boolean): Promise<void> => {
  while (!holds()) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe('a batch runner at the head of $all', () => {
  it('gathers after a short batch, so appends arriving one by one share the next batch', async () => {
    const store = new InMemoryEventStore();
    await append(store, 'First');
    // While the first batch commits, two more commands arrive a little apart, as under steady load.
    const work = new RecordingWork((index) => {
      if (index !== 0) return;
      setTimeout(() => void append(store, 'Second'), 10);
      setTimeout(() => void append(store, 'Third'), 60);
    });
    const runner = new BatchRunner(store, noopPool(), work, { batchSize: 100, gatherMs: 300, idleMs: 5 });
    runner.start();
    try {
      await until(() => work.batches.flat().length === 3);
    } finally {
      await runner.stop();
    }
    expect(work.batches).toEqual([['First'], ['Second', 'Third']]);
  });

  it('reads on at once after a full batch, while it is still catching up', async () => {
    const store = new InMemoryEventStore();
    for (const type of ['A', 'B', 'C', 'D', 'E']) await append(store, type);
    const work = new RecordingWork(() => undefined);
    // A gather longer than the test: only a full batch's "read on at once" lets it finish.
    const runner = new BatchRunner(store, noopPool(), work, { batchSize: 2, gatherMs: 60_000, idleMs: 5 });
    runner.start();
    try {
      await until(() => work.batches.length === 3);
    } finally {
      await runner.stop();
    }
    expect(work.batches).toEqual([['A', 'B'], ['C', 'D'], ['E']]);
  });
});
