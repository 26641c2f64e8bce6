import { runMigrations } from '#migrations';
import { CreateProjectionTables1763920000000 } from './migrations/1763920000000-create-projection-tables';

export function migrateProjections(connectionString: string): Promise<void> {
  return runMigrations(connectionString, {
    table: 'projection_migrations',
    lockKey: 727_003,
    migrations: [CreateProjectionTables1763920000000],
  });
}
