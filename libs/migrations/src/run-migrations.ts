import { DataSource, type MigrationInterface } from 'typeorm';

export interface MigrationSet {
  /** Table that records which of these migrations ran. */
  readonly table: string;
  /** Advisory lock key; any fixed number that differs between sets. */
  readonly lockKey: number;
  readonly migrations: readonly (new () => MigrationInterface)[];
}

/**
 * Brings one set of schema migrations up to date. Safe to call from several processes at
 * once: an advisory lock lets one migrate while the others wait and then find nothing to do.
 */
export async function runMigrations(connectionString: string, set: MigrationSet): Promise<void> {
  const dataSource = new DataSource({
    type: 'postgres',
    url: connectionString,
    migrations: [...set.migrations],
    migrationsTableName: set.table,
    migrationsTransactionMode: 'each',
    logging: false,
    extra: { max: 2 },
  });
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [set.lockKey]);
    try {
      await dataSource.runMigrations();
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [set.lockKey]);
    }
  } finally {
    await lock.release();
    await dataSource.destroy();
  }
}
