import { Client } from 'pg';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createTestDatabase } from '#testing';
import { runMigrations, type MigrationSet } from './run-migrations';

let applied: string[] = [];

class CreateFirst1700000000001 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    applied.push('first');
    await queryRunner.query('CREATE TABLE first_table (id int)');
  }
  async down(): Promise<void> {}
}

class CreateSecond1700000000002 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    applied.push('second');
    await queryRunner.query('CREATE TABLE second_table (id int)');
  }
  async down(): Promise<void> {}
}

const FIRST: MigrationSet = { table: 'test_migrations', lockKey: 4242, migrations: [CreateFirst1700000000001] };
const BOTH: MigrationSet = { ...FIRST, migrations: [CreateFirst1700000000001, CreateSecond1700000000002] };

/** `runMigrations` from a module registry in which loading TypeORM fails. */
async function withoutTypeOrm(work: (run: typeof runMigrations) => Promise<void>): Promise<void> {
  jest.doMock('typeorm', () => {
    throw new Error('TypeORM was loaded');
  });
  try {
    await jest.isolateModulesAsync(async () => {
      const isolated = await import('#migrations');
      await work(isolated.runMigrations);
    });
  } finally {
    jest.dontMock('typeorm');
  }
}

async function tables(url: string): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE tablename IN ('first_table', 'second_table') ORDER BY 1`,
    );
    return rows.map((r) => r.name);
  } finally {
    await client.end();
  }
}

describe('running a set of migrations', () => {
  let url: string;

  beforeEach(async () => {
    url = await createTestDatabase('run-migrations');
    applied = [];
  });

  it('applies each migration once, and the new one when the set grows', async () => {
    await runMigrations(url, FIRST);
    await runMigrations(url, FIRST);
    await runMigrations(url, BOTH);
    await runMigrations(url, BOTH);

    expect(applied).toEqual(['first', 'second']);
    expect(await tables(url)).toEqual(['first_table', 'second_table']);
  });

  it('recognises an up-to-date database without loading TypeORM', async () => {
    await runMigrations(url, BOTH);

    await withoutTypeOrm((run) => run(url, BOTH));

    expect(applied).toEqual(['first', 'second']);
  });

  it('loads TypeORM when a migration is pending', async () => {
    await runMigrations(url, FIRST);

    const failure = await withoutTypeOrm((run) => run(url, BOTH)).then(
      () => null,
      (error: unknown) => error,
    );

    expect(failure).toEqual(new Error('TypeORM was loaded'));
    expect(applied).toEqual(['first']);
  });
});
