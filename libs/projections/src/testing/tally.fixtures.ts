import { Pool } from 'pg';
import { migrateEventStore, PostgresEventStore } from '#event-store/postgres';
import { createTestDatabase } from '#testing';
import { migrateProjections } from '../migrate-projections';
import type { Projection } from '../projection';

/** Counts `Counted` events per stream: simple to check, and wrong at once if one is lost or applied twice. */
export const tally: Projection<{ count: number }> = {
  name: 'tally',
  version: 1,
  eventTypes: ['Counted'],
  keysOf: (event) => [event.streamId],
  evolve: (doc) => ({ count: (doc?.count ?? 0) + 1 }),
};

/** A fresh database with the event store and the read models migrated, for runner and rebuild specs. */
export interface ProjectionDatabase {
  readonly store: PostgresEventStore;
  readonly pool: Pool;
  close(): Promise<void>;
}

export async function projectionDatabase(label: string): Promise<ProjectionDatabase> {
  const url = await createTestDatabase(label);
  await migrateEventStore(url);
  await migrateProjections(url);
  const store = new PostgresEventStore({ connectionString: url });
  const pool = new Pool({ connectionString: url });
  return {
    store,
    pool,
    close: async () => {
      await store.close();
      await pool.end();
    },
  };
}
