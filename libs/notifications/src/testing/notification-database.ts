import { Pool } from 'pg';
import type { EventStore } from '#event-store';
import { migrateEventStore, PostgresEventStore } from '#event-store/postgres';
import { CryptoShreddingEventStore, migratePrivacy, PersonKeyStore } from '#privacy';
import { migrateProjections, ProjectionRunner, READ_MODEL_PROJECTIONS } from '#projections';
import { createTestDatabase } from '#testing';
import { migrateNotifications } from '../migrate-notifications';
import type { StreamEvents } from './notification-story';

/** A fresh database with everything the notifications read and write migrated. */
export interface NotificationDatabase {
  readonly url: string;
  readonly pool: Pool;
  readonly sealed: PostgresEventStore;
  /** Seals personal data on append, as the application's store does. */
  readonly store: EventStore;
  readonly keys: PersonKeyStore;
  append(streams: StreamEvents): Promise<void>;
  /** Brings the read models up to date, for the deadline tick to read. */
  project(): Promise<void>;
  close(): Promise<void>;
}

export async function notificationDatabase(label: string): Promise<NotificationDatabase> {
  const url = await createTestDatabase(label);
  await migrateEventStore(url);
  await migratePrivacy(url);
  await migrateProjections(url);
  await migrateNotifications(url);
  const sealed = new PostgresEventStore({ connectionString: url });
  const pool = new Pool({ connectionString: url });
  pool.on('error', () => undefined);
  const keys = new PersonKeyStore(pool);
  const store = new CryptoShreddingEventStore(sealed, keys);
  const runner = new ProjectionRunner(sealed, pool, READ_MODEL_PROJECTIONS);
  return {
    url,
    pool,
    sealed,
    store,
    keys,
    append: async (streams) => {
      for (const [streamId, events] of streams)
        await store.appendToStream(streamId, events, { expectedRevision: 'any' });
    },
    project: () => runner.catchUp(),
    close: async () => {
      await sealed.close();
      await pool.end();
    },
  };
}
