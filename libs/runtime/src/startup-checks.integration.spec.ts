import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { eventFactory } from '#event-store/testing';
import { migrateEventStore, PostgresEventStore } from '#event-store/postgres';
import { createTestDatabase } from '#testing';
import {
  checkNotBehindCheckpoint,
  checkTransactionCounter,
  FolderCheckpointSource,
  StoreBehindCheckpointError,
  TransactionCounterBehindError,
  type LatestCheckpoint,
} from './startup-checks';

/** A signed checkpoint as the evidence log writes it; only what the start reads is filled in. */
async function writeCheckpoint(folder: string, checkpoint: LatestCheckpoint): Promise<void> {
  await mkdir(folder, { recursive: true });
  const name = `checkpoint-${String(checkpoint.treeSize).padStart(12, '0')}-${checkpoint.time.replace(/[:.]/g, '')}.json`;
  await writeFile(
    join(folder, name),
    JSON.stringify({ checkpoint: { ...checkpoint, rootHash: '00' }, signature: 'x' }),
  );
}

describe('the checks before a start serves', () => {
  let pool: Pool;
  let store: PostgresEventStore;
  let folder: string;
  let positions: bigint[];

  beforeAll(async () => {
    const url = await createTestDatabase('startup-checks');
    await migrateEventStore(url);
    pool = new Pool({ connectionString: url });
    store = new PostgresEventStore({ connectionString: url });
    const event = eventFactory('startup-checks');
    positions = [];
    for (let n = 0; n < 3; n++) positions.push((await store.appendToStream(`checked-${n}`, [event()])).position);
    folder = await mkdtemp(join(tmpdir(), 'startup-checkpoints-'));
  });

  afterAll(async () => {
    await store.close();
    await pool.end();
    await rm(folder, { recursive: true, force: true });
  });

  describe('against the newest evidence checkpoint', () => {
    const checkpoints = () => new FolderCheckpointSource(join(folder, 'checkpoints'));

    it('serves before any checkpoint was written, even without the folder', async () => {
      await expect(checkNotBehindCheckpoint(pool, checkpoints())).resolves.toBeUndefined();
    });

    it('serves a store that holds every event the checkpoint covers', async () => {
      await writeCheckpoint(join(folder, 'checkpoints'), {
        treeSize: 3,
        lastPosition: String(positions[2]),
        time: '2026-12-07T10:00:00.000Z',
      });

      await expect(checkNotBehindCheckpoint(pool, checkpoints())).resolves.toBeUndefined();
    });

    it('refuses a store with fewer events than the newest checkpoint covers: a rollback', async () => {
      await writeCheckpoint(join(folder, 'checkpoints'), {
        treeSize: 5,
        lastPosition: String((positions[2] ?? 0n) + 2n ** 20n),
        time: '2026-12-07T10:05:00.000Z',
      });

      const failure = await checkNotBehindCheckpoint(pool, checkpoints()).catch((error: unknown) => error);

      expect(failure).toBeInstanceOf(StoreBehindCheckpointError);
      expect((failure as Error).message).toMatch(
        /behind its last evidence checkpoint \(5 events, signed 2026-12-07T10:05/,
      );
      expect((failure as Error).message).toMatch(/the store holds 3/);
    });

    it('refuses a store that has as many events but not the checkpoint’s last one', async () => {
      const source = { latest: () => Promise.resolve({ treeSize: 3, lastPosition: '12345', time: 'then' }) };

      await expect(checkNotBehindCheckpoint(pool, source)).rejects.toThrow(
        /its last event \(position 12345\) is missing/,
      );
    });
  });

  describe('against the server’s transaction ids', () => {
    it('serves a store whose positions the server’s ids have passed', async () => {
      await expect(checkTransactionCounter(pool)).resolves.toBeUndefined();
    });

    it('refuses a store holding a position from a transaction id the server has not reached', async () => {
      // What a logical restore from a busier cluster leaves (the real one: test/e2e/recovery).
      const ahead = await pool.query<{ position: string }>(
        `SELECT ((pg_snapshot_xmax(pg_current_snapshot())::text::bigint + 1000) * 1048576)::text AS position`,
      );
      await pool.query(
        `INSERT INTO es_events (position, transaction_id, stream_id, stream_revision, event_id, type, data, metadata)
         VALUES ($1, '1', 'restored', 0, gen_random_uuid(), 'Restored', '{}', '{}')`,
        [ahead.rows[0]?.position],
      );

      await expect(checkTransactionCounter(pool)).rejects.toBeInstanceOf(TransactionCounterBehindError);
    });
  });
});
