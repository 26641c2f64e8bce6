import pino from 'pino';
import { createTestDatabase } from '#testing';
import { openStorage, type Storage } from '#runtime';

/** Storage on a fresh test database, as `main` would open it with DATABASE_URL set. */
export async function openTestStorage(label = 'api'): Promise<Storage> {
  const databaseUrl = await createTestDatabase(label);
  return openStorage(
    { port: 0, databaseUrl, eventStoreUrl: undefined, dataDir: '/nonexistent', logLevel: 'silent' },
    pino({ level: 'silent' }),
  );
}
