import { DataSource } from 'typeorm';
import { CreateEventStore1763900000000 } from './migrations/1763900000000-create-event-store';

/** Any fixed key: it only has to differ from other advisory locks the database uses. */
const MIGRATION_LOCK_KEY = 727_001;

export const EVENT_STORE_MIGRATIONS = [CreateEventStore1763900000000];

/**
 * Brings the event store schema up to date. Safe to call from several processes at once:
 * an advisory lock lets one migrate while the others wait and then find nothing to do.
 */
export async function migrateEventStore(connectionString: string): Promise<void> {
  const dataSource = new DataSource({
    type: 'postgres',
    url: connectionString,
    migrations: EVENT_STORE_MIGRATIONS,
    migrationsTableName: 'es_migrations',
    migrationsTransactionMode: 'each',
    logging: false,
    extra: { max: 2 },
  });
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await dataSource.runMigrations();
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await lock.release();
    await dataSource.destroy();
  }
}
