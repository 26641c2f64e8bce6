import { Pool } from 'pg';
import { migrateEventStore, PostgresEventStore } from '#event-store/postgres';
import { createTestDatabase } from '#testing';
import { migrateProjections } from '../migrate-projections';
import { ReadModels } from './read-models';

/** A fresh database with read models whose rows a query spec writes itself, at a chosen position. */
export interface SeededReadModels {
  readonly readModels: ReadModels;
  readonly store: PostgresEventStore;
  /** Makes `docs` (by id) the active rows of `projection`, applied up to `position`; a seeded id is replaced. */
  seed(projection: string, docs: Record<string, object>, position?: bigint): Promise<void>;
  /** Drops these rows of `projection`, as a projection that drops a row does. */
  drop(projection: string, ids: readonly string[]): Promise<void>;
  /** Refreshes the planner's statistics, so a spec that explains a plan sees the rows it seeded. */
  analyze(): Promise<void>;
  close(): Promise<void>;
}

/** Query specs wait at most this long for a read model that will never catch up. */
const SHORT_WAIT_MS = 200;

export async function seededReadModels(label: string): Promise<SeededReadModels> {
  const url = await createTestDatabase(label);
  await migrateEventStore(url);
  await migrateProjections(url);
  const pool = new Pool({ connectionString: url });
  pool.on('error', () => undefined);
  const store = new PostgresEventStore({ connectionString: url });
  return {
    readModels: new ReadModels(pool, { waitMs: SHORT_WAIT_MS, pollMs: 10 }),
    store,
    async seed(projection, docs, position = 0n) {
      await pool.query(
        `INSERT INTO projection_generations (projection, generation, position, active) VALUES ($1, 1, $2, true)
         ON CONFLICT (projection, generation) DO UPDATE SET position = $2`,
        [projection, position.toString()],
      );
      const entries = Object.entries(docs);
      await pool.query(
        `INSERT INTO read_model_rows (projection, generation, id, doc, position)
         SELECT $1, 1, id, doc, $4 FROM unnest($2::text[], $3::jsonb[]) AS t(id, doc)
         ON CONFLICT (projection, generation, id) DO UPDATE SET doc = excluded.doc, position = excluded.position`,
        [projection, entries.map(([id]) => id), entries.map(([, doc]) => JSON.stringify(doc)), position.toString()],
      );
    },
    async drop(projection, ids) {
      await pool.query('DELETE FROM read_model_rows WHERE projection = $1 AND id = ANY($2::text[])', [projection, ids]);
    },
    async analyze() {
      await pool.query('ANALYZE read_model_rows');
      await pool.query('ANALYZE advice_search_rows');
      await pool.query('ANALYZE projection_generations');
    },
    async close() {
      await store.close();
      await pool.end();
    },
  };
}
