import type { MigrationInterface } from 'typeorm';
import { assertMigrationOrder } from './migration-order';
import type { MigrationSet } from './run-migrations';

class First1700000000001 implements MigrationInterface {
  async up(): Promise<void> {}
  async down(): Promise<void> {}
}
class Second1700000000002 implements MigrationInterface {
  async up(): Promise<void> {}
  async down(): Promise<void> {}
}
class AlsoSecond1700000000002 implements MigrationInterface {
  async up(): Promise<void> {}
  async down(): Promise<void> {}
}
class Undated implements MigrationInterface {
  async up(): Promise<void> {}
  async down(): Promise<void> {}
}

const setOf = (...migrations: MigrationSet['migrations']): MigrationSet => ({ table: 'm', lockKey: 1, migrations });

describe('a migration set', () => {
  it('is accepted whatever order it lists its migrations in', () => {
    expect(() => assertMigrationOrder(setOf(Second1700000000002, First1700000000001))).not.toThrow();
  });

  it('is refused when two migrations share a timestamp', () => {
    expect(() => assertMigrationOrder(setOf(Second1700000000002, AlsoSecond1700000000002))).toThrow(
      /Second1700000000002 and AlsoSecond1700000000002 share a timestamp/,
    );
  });

  it('is refused when a name carries no timestamp', () => {
    expect(() => assertMigrationOrder(setOf(Undated))).toThrow(/Undated does not end in a 13-digit timestamp/);
  });
});
