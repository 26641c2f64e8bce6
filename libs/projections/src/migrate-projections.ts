import { runMigrations } from '#migrations';
import { CreateProjectionTables1763920000000 } from './migrations/1763920000000-create-projection-tables';
import { AdviceSearchIndex1765100000000 } from './migrations/1765100000000-advice-search-index';
import { ProjectionVersions1765300000000 } from './migrations/1765300000000-projection-versions';
import { AdviceSearchRows1766600000000 } from './migrations/1766600000000-advice-search-rows';
import { ReadModelChanges1767300000000 } from './migrations/1767300000000-read-model-changes';

export function migrateProjections(connectionString: string): Promise<void> {
  return runMigrations(connectionString, {
    table: 'projection_migrations',
    lockKey: 727_003,
    migrations: [
      CreateProjectionTables1763920000000,
      AdviceSearchIndex1765100000000,
      ProjectionVersions1765300000000,
      AdviceSearchRows1766600000000,
      ReadModelChanges1767300000000,
    ],
  });
}
