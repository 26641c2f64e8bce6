import { Pool } from 'pg';
import { eventFactory } from '#event-store/testing';
import { migrateEventStore, PostgresEventStore } from '#event-store/postgres';
import { createTestDatabase } from '#testing';
import { migrateProjections } from '../migrate-projections';
import type { Projection } from '../projection';
import { REBUILD_LOCK } from '../rebuild/rebuild-generations';
import { ProjectionRunner } from '../runner/projection-runner';
import { readProjectionStatus } from './projection-status';

const counter = (name: string): Projection<{ n: number }> => ({
  name,
  version: 1,
  eventTypes: ['Counted'],
  keysOf: (event) => [event.streamId],
  evolve: (doc) => ({ n: (doc?.n ?? 0) + 1 }),
});

describe('the projection status', () => {
  const event = eventFactory('status');
  let store: PostgresEventStore;
  let pool: Pool;
  beforeAll(async () => {
    const url = await createTestDatabase('status');
    await migrateEventStore(url);
    await migrateProjections(url);
    store = new PostgresEventStore({ connectionString: url });
    pool = new Pool({ connectionString: url });
    for (let i = 0; i < 12; i += 1) await store.appendToStream(`s-${i % 2}`, [event('Counted')]);
  });
  afterAll(async () => {
    await store.close();
    await pool.end();
  });

  it('counts the events each read model has not folded yet, and the distance in positions', async () => {
    await new ProjectionRunner(store, pool, [counter('ahead')], { batchSize: 5 }).runOnce();
    await new ProjectionRunner(store, pool, [counter('behind')], { batchSize: 5 }).catchUp();
    await pool.query(`UPDATE projection_generations SET position = -1 WHERE projection = 'behind'`);
    const head = (await store.headPosition()) as bigint;

    const status = await readProjectionStatus(store, pool, ['ahead', 'behind']);

    const ahead = status.active.find((g) => g.projection === 'ahead');
    const behind = status.active.find((g) => g.projection === 'behind');
    expect(status.head).toBe(head);
    expect(ahead).toMatchObject({ generation: 1, lagEvents: 7 });
    expect(ahead?.lagPositions).toBe(head - (ahead?.checkpoint ?? 0n));
    expect(behind).toMatchObject({ checkpoint: -1n, lagEvents: 12 });
    expect(status).toMatchObject({ rebuildRunning: false, rebuilding: [] });
  });

  it('counts the whole store as behind for a read model no runner has started', async () => {
    const status = await readProjectionStatus(store, pool, ['never-run']);
    expect(status.active).toEqual([
      expect.objectContaining({ projection: 'never-run', generation: 0, checkpoint: -1n, lagEvents: 12 }),
    ]);
  });

  it('reports nothing behind for a read model at the head', async () => {
    await new ProjectionRunner(store, pool, [counter('caught-up')]).catchUp();
    const status = await readProjectionStatus(store, pool, ['caught-up']);
    expect(status.active).toEqual([
      expect.objectContaining({ projection: 'caught-up', lagEvents: 0, lagPositions: 0n }),
    ]);
  });

  it("shows a rebuild another process runs, with its new generation's progress", async () => {
    await new ProjectionRunner(store, pool, [counter('rebuilt')]).catchUp();
    const [, , third] = await store.readAll({ maxCount: 3 });
    await pool.query(
      `INSERT INTO projection_generations (projection, generation, position, active) VALUES ('rebuilt', 2, $1, false)`,
      [String(third?.position)],
    );
    const other = await pool.connect();
    await other.query('SELECT pg_advisory_lock($1)', [REBUILD_LOCK]);
    try {
      const status = await readProjectionStatus(store, pool, ['rebuilt']);
      expect(status.rebuildRunning).toBe(true);
      expect(status.rebuilding).toEqual([
        expect.objectContaining({ projection: 'rebuilt', generation: 2, lagEvents: 9 }),
      ]);
      const progress = status.rebuilding[0]?.progress ?? -1;
      expect(progress).toBeGreaterThan(0);
      expect(progress).toBeLessThan(1);
    } finally {
      await other.query('SELECT pg_advisory_unlock($1)', [REBUILD_LOCK]);
      other.release();
    }
    expect((await readProjectionStatus(store, pool, ['rebuilt'])).rebuilding).toEqual([]);
  });
});
