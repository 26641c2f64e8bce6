import { runMigrations } from '#migrations';
import { CreatePersonalDataAccess1766200000000 } from './access-log/migrations/1766200000000-create-personal-data-access';
import { CreatePersonKeys1763910000000 } from './migrations/1763910000000-create-person-keys';

export function migratePrivacy(connectionString: string): Promise<void> {
  return runMigrations(connectionString, {
    table: 'privacy_migrations',
    lockKey: 727_002,
    migrations: [CreatePersonKeys1763910000000, CreatePersonalDataAccess1766200000000],
  });
}
