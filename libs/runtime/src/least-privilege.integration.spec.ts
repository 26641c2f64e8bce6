import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import pino from 'pino';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { eventFactory } from '#event-store/testing';
import { handDatabaseToOwner } from '#embedded-postgres';
import { runMigrations } from '#migrations';
import { createTestDatabase, testRoleUrls, type TestRoleUrls } from '#testing';
import { openStorage, type Storage } from './storage';

const INSUFFICIENT_PRIVILEGE = '42501';

/** A table as any room's later migration makes it, after the grants were first given. */
class CreateLaterRoomTable1766400000001 implements MigrationInterface {
  readonly name = 'CreateLaterRoomTable1766400000001';
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TABLE later_room_rows (id serial PRIMARY KEY, note text NOT NULL)');
  }
  async down(): Promise<void> {}
}

async function as<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The error code a statement fails with, or `null` when it succeeds. */
async function failureOf(url: string, sql: string): Promise<string | null> {
  return as(url, (client) =>
    client.query(sql).then(
      () => null,
      (error: { code?: string }) => error.code ?? 'unknown',
    ),
  );
}

/** `es_append_batch` called as the adapter calls it when lone appends arrive together. */
const batchOfTwo = (prefix: string): string =>
  `SELECT * FROM es_append_batch(ARRAY['${prefix}-a', '${prefix}-b'], ARRAY[NULL, NULL]::bigint[],
     ARRAY[gen_random_uuid(), gen_random_uuid()], ARRAY['t', 't'], ARRAY['{}', '{}']::jsonb[], ARRAY['{}', '{}']::jsonb[])`;

describe('the application connecting as a least-privileged role (ADR 32)', () => {
  let roles: TestRoleUrls;
  let storage: Storage;
  let dataDir: string;
  const event = eventFactory('least-privilege');

  beforeAll(async () => {
    roles = testRoleUrls(await createTestDatabase('least-privilege'));
    dataDir = await mkdtemp(join(tmpdir(), 'least-privilege-'));
    storage = await openStorage(
      {
        port: 0,
        databaseUrl: roles.app,
        databaseOwnerUrl: roles.owner,
        databaseProjectorUrl: roles.projector,
        eventStoreUrl: undefined,
        dataDir,
        logLevel: 'silent',
        jwks: undefined,
        role: 'api',
      },
      pino({ level: 'silent' }),
    );
    // One event alone takes the one-statement path, a batch `es_append` (ADR 18): both as the owner.
    await storage.eventStore.appendToStream('lp-1', [event('first')], { expectedRevision: 'no_stream' });
    await storage.eventStore.appendToStream('lp-1', [event('second'), event('third')], { expectedRevision: 0 });
  });

  afterAll(async () => {
    await storage.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('appends through the owner’s functions, alone and in batches', async () => {
    const read = await storage.eventStore.readStream('lp-1');
    expect(read.map((e) => e.type)).toEqual(['first', 'second', 'third']);
  });

  it.each([
    ['UPDATE', `UPDATE es_events SET data = '{"edited": true}'`],
    ['DELETE', 'DELETE FROM es_events'],
    ['TRUNCATE', 'TRUNCATE es_events'],
    ['INSERT', `INSERT INTO es_events SELECT * FROM es_events LIMIT 0`],
    ['UPDATE', 'UPDATE es_streams SET revision = 0'],
    ['DELETE', 'DELETE FROM es_streams'],
    ['TRUNCATE', 'TRUNCATE es_streams'],
  ])('refuses the application role %s on the event store: %s', async (_verb, sql) => {
    expect(await failureOf(roles.app, sql)).toBe(INSUFFICIENT_PRIVILEGE);
    expect(await failureOf(roles.projector, sql)).toBe(INSUFFICIENT_PRIVILEGE);
  });

  it('leaves the events as appended after every refused rewrite', async () => {
    const count = await as(roles.owner, (c) => c.query<{ n: string }>('SELECT count(*)::text AS n FROM es_events'));
    expect(count.rows[0]?.n).toBe('3');
  });

  it('lets the application read the read models but only the projector write them', async () => {
    const insert = `INSERT INTO projection_generations (projection, generation) VALUES ('lp-test', 99)`;
    expect(await failureOf(roles.app, insert)).toBe(INSUFFICIENT_PRIVILEGE);
    expect(await failureOf(roles.app, 'SELECT count(*) FROM read_model_rows')).toBeNull();
    expect(await failureOf(roles.projector, insert)).toBeNull();
  });

  it('keeps the projector from appending', async () => {
    const append = `SELECT * FROM es_append_one_to_new_stream('lp-2', NULL, gen_random_uuid(), 't', '{}', '{}')`;
    expect(await failureOf(roles.projector, append)).toBe(INSUFFICIENT_PRIVILEGE);
    expect(await failureOf(roles.projector, batchOfTwo('lp-3'))).toBe(INSUFFICIENT_PRIVILEGE);
  });

  it('lets the application append lone events together through the owner’s function (ADR 50)', async () => {
    expect(await failureOf(roles.app, batchOfTwo('lp-4'))).toBeNull();
    expect(await storage.eventStore.streamExists('lp-4-b')).toBe(true);
  });

  it('keeps the application from changing the schema', async () => {
    expect(await failureOf(roles.app, 'CREATE TABLE intruder (id int)')).toBe(INSUFFICIENT_PRIVILEGE);
    expect(await failureOf(roles.app, 'DROP TABLE es_events')).toBe('42501');
  });

  it('grants tables that later migrations make, by default, without a step of their own', async () => {
    await runMigrations(roles.owner, {
      table: 'later_room_migrations',
      lockKey: 99_001,
      migrations: [CreateLaterRoomTable1766400000001],
    });

    const written = await as(roles.app, async (client) => {
      await client.query(`INSERT INTO later_room_rows (note) VALUES ('a'), ('b')`);
      await client.query(`UPDATE later_room_rows SET note = 'c' WHERE note = 'b'`);
      await client.query(`DELETE FROM later_room_rows WHERE note = 'a'`);
      return client.query<{ note: string }>('SELECT note FROM later_room_rows');
    });
    expect(written.rows).toEqual([{ note: 'c' }]);
  });

  it('stores person keys only wrapped', async () => {
    const keys = await storage.personKeys.keysFor(['lp-person']);
    const stored = await as(roles.owner, (c) =>
      c.query<{ key: Buffer }>(`SELECT key FROM person_keys WHERE person_id = 'lp-person'`),
    );
    expect(keys.get('lp-person')).toHaveLength(32);
    expect(stored.rows[0]?.key).toHaveLength(61);
    expect(stored.rows[0]?.key.includes(keys.get('lp-person') as Buffer)).toBe(false);
  });
});

describe('a database made before the roles existed (an older .data folder)', () => {
  it('is handed to the owner, and the application then appends beside the old events as its own role', async () => {
    const adminUrl = await createTestDatabase('before-roles');
    const roles = testRoleUrls(adminUrl);
    const database = new URL(adminUrl).pathname.slice(1);
    await as(adminUrl, (client) => client.query(`ALTER DATABASE ${database} OWNER TO CURRENT_USER`));
    const before = await openStorageAs({ databaseUrl: adminUrl }, 'before-roles');
    await before.storage.eventStore.appendToStream('old-1', [eventFactory('before-roles')()]);
    await before.close();

    await handDatabaseToOwner(adminUrl, database, 'participation_owner');
    const after = await openStorageAs(
      { databaseUrl: roles.app, databaseOwnerUrl: roles.owner, databaseProjectorUrl: roles.projector },
      'after-roles',
    );
    try {
      await after.storage.eventStore.appendToStream('old-1', [eventFactory('after-roles')()], { expectedRevision: 0 });
      const owners = await as(adminUrl, (client) =>
        client.query<{ owner: string }>(
          `SELECT DISTINCT pg_get_userbyid(relowner) AS owner FROM pg_class
           WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'S')`,
        ),
      );
      expect((await after.storage.eventStore.readStream('old-1')).map((e) => e.streamRevision)).toEqual([0, 1]);
      expect(owners.rows).toEqual([{ owner: 'participation_owner' }]);
      expect(await failureOf(roles.app, 'DELETE FROM es_events')).toBe(INSUFFICIENT_PRIVILEGE);
    } finally {
      await after.close();
    }
  });
});

async function openStorageAs(
  urls: { databaseUrl: string; databaseOwnerUrl?: string; databaseProjectorUrl?: string },
  label: string,
): Promise<{ storage: Storage; close(): Promise<void> }> {
  const dataDir = await mkdtemp(join(tmpdir(), `${label}-`));
  const storage = await openStorage(
    { port: 0, ...urls, eventStoreUrl: undefined, dataDir, logLevel: 'silent', jwks: undefined, role: 'api' },
    pino({ level: 'silent' }),
  );
  return {
    storage,
    close: async () => {
      await storage.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
