import { runMigrations } from '#migrations';
import { CreatePersonKeys1763910000000 } from './migrations/1763910000000-create-person-keys';

export function migratePrivacy(connectionString: string): Promise<void> {
  return runMigrations(connectionString, {
    table: 'privacy_migrations',
    lockKey: 727_002,
    migrations: [CreatePersonKeys1763910000000],
  });
}
