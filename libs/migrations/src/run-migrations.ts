import { Client } from 'pg';
import type { MigrationInterface } from 'typeorm';
import { assertMigrationOrder } from './migration-order';

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
 *
 * A database that is already up to date (every start but the first after an upgrade) is
 * recognised with one query, without loading TypeORM: its modules would otherwise stay in the
 * process's heap for good (~8 MB of a long-running API's ~45 MB live heap).
 */
export async function runMigrations(connectionString: string, set: MigrationSet): Promise<void> {
  assertMigrationOrder(set);
  if (await allApplied(connectionString, set)) return;
  const { DataSource } = await import('typeorm');
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

/**
 * Whether the set's table records every migration of the set, under the name TypeORM records
 * (the instance's `name`, else its class name). A missing one, or no table, leaves the
 * decision to TypeORM under the lock.
 */
async function allApplied(connectionString: string, set: MigrationSet): Promise<boolean> {
  const names = set.migrations.map((Migration) => new Migration().name || Migration.name);
  const client = new Client({ connectionString });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ found: boolean }>('SELECT to_regclass($1) IS NOT NULL AS found', [
      set.table,
    ]);
    if (!tables[0]?.found) return false;
    const { rows } = await client.query<{ name: string }>(`SELECT name FROM ${client.escapeIdentifier(set.table)}`);
    const applied = new Set(rows.map((r) => r.name));
    return names.every((name) => applied.has(name));
  } finally {
    await client.end();
  }
}
