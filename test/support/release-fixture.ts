import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Client } from 'pg';
import { createTestDatabase } from '#testing';

/** The database of release 0.1.0 as pg_dump wrote it (made by `make-fixture.sh` beside it). */
export const RELEASE_SQL = join(__dirname, '..', 'fixtures', 'release-0.1.0', 'release.sql');

/** The store keys an event's position by the id of the transaction that wrote it (ADR 0002). */
const POSITIONS_PER_TRANSACTION = 1n << 20n;

export async function withClient<T>(databaseUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A new database holding the release's data, as if the release had run on this server. A
 * release's database is upgraded in place, on the server whose transaction ids wrote its
 * positions; a dump loaded into another server may find that server's ids still behind the
 * dump's positions, and the events appended next would sort before the release's. So the ids
 * are moved past the last position first, as the release's own server already had them.
 */
export async function loadReleaseDatabase(label: string): Promise<string> {
  const databaseUrl = await createTestDatabase(label);
  const dump = await readFile(RELEASE_SQL, 'utf8');
  await withClient(databaseUrl, async (client) => {
    await client.query(dump);
    // The dump leaves search_path empty, so the table is named with its schema.
    const { rows } = await client.query<{ last: string }>('SELECT max(position)::text AS last FROM public.es_events');
    const lastTransaction = BigInt(rows[0]?.last ?? '0') / POSITIONS_PER_TRANSACTION;
    // Each statement outside a transaction block is a transaction of its own, given a new id.
    for (;;) {
      const current = await client.query<{ id: string }>('SELECT pg_current_xact_id()::text AS id');
      if (BigInt(current.rows[0]?.id ?? '0') > lastTransaction) break;
    }
  });
  return databaseUrl;
}
