import type { MigrationInterface } from 'typeorm';

/** What the check reads of a `MigrationSet` (named here so the two files do not import each other). */
interface NamedMigrations {
  readonly table: string;
  readonly migrations: readonly (new () => MigrationInterface)[];
}

const TIMESTAMP = /(\d{13})$/;

/**
 * Refuses a set whose migrations TypeORM would order by chance: each name must end in its
 * 13-digit timestamp, and no two may share one. TypeORM runs a set sorted by timestamp
 * (whatever order the set lists them in), so two with the same timestamp run in an order
 * nobody chose. Sets keep separate tables, so equal timestamps in two sets are harmless.
 */
export function assertMigrationOrder(set: NamedMigrations): void {
  const seen = new Map<string, string>();
  for (const Migration of set.migrations) {
    const name = new Migration().name || Migration.name;
    const timestamp = TIMESTAMP.exec(name)?.[1];
    if (timestamp === undefined)
      throw new Error(`${set.table}: migration ${name} does not end in a 13-digit timestamp`);
    const other = seen.get(timestamp);
    if (other !== undefined) throw new Error(`${set.table}: migrations ${other} and ${name} share a timestamp`);
    seen.set(timestamp, name);
  }
}
