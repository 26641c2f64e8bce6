import type { Pool } from 'pg';
import { newPersonKey } from './personal-data-cipher';

/** A person's key, or `null` once they are forgotten. */
export type PersonKeys = ReadonlyMap<string, Buffer | null>;

export interface PersonKeyStoreOptions {
  /**
   * Connections that commit new keys without waiting for their WAL flush
   * (`synchronous_commit=off`). Only for keys in the same PostgreSQL cluster as the events they
   * seal: the append that follows commits synchronously, and its flush covers every WAL record
   * before its own, the keys' included, before the command is acknowledged. With the events
   * elsewhere (EventStoreDB) a crash could keep an event and lose its key, so leave it out.
   */
  readonly keysFlushedByNextAppend?: Pool;
}

/** Made and existing keys in one statement; a key made by another writer meanwhile is missing. */
const KEYS_FOR_SQL = `
  WITH made AS (
    INSERT INTO person_keys (person_id, key)
    SELECT id, key FROM unnest($1::text[], $2::bytea[]) AS made(id, key)
    ON CONFLICT (person_id) DO NOTHING
    RETURNING person_id, key
  )
  SELECT person_id, key FROM made
  UNION ALL
  SELECT person_id, key FROM person_keys WHERE person_id = ANY($1::text[])`;

/** Per-person keys in PostgreSQL, apart from the events they unlock. */
export class PersonKeyStore {
  private readonly creating: Pool;

  constructor(
    private readonly pool: Pool,
    options: PersonKeyStoreOptions = {},
  ) {
    this.creating = options.keysFlushedByNextAppend ?? pool;
  }

  /** Keys for these people, made for those who have none yet (forgotten people stay without). */
  async keysFor(personIds: readonly string[]): Promise<PersonKeys> {
    if (personIds.length === 0) return new Map();
    const ids = [...new Set(personIds)];
    const { rows } = await this.creating.query<{ person_id: string; key: Buffer | null }>(KEYS_FOR_SQL, [
      ids,
      ids.map(() => newPersonKey()),
    ]);
    const keys = new Map(rows.map((row) => [row.person_id, row.key]));
    // The statement's snapshot predates a key another writer committed while we waited on it.
    const missing = ids.filter((id) => !keys.has(id));
    if (missing.length > 0) (await this.existingKeys(missing)).forEach((key, id) => keys.set(id, key));
    return keys;
  }

  /** Keys as they are; a person never seen has no entry. */
  async existingKeys(personIds: readonly string[]): Promise<PersonKeys> {
    if (personIds.length === 0) return new Map();
    const { rows } = await this.pool.query<{ person_id: string; key: Buffer | null }>(
      'SELECT person_id, key FROM person_keys WHERE person_id = ANY($1::text[])',
      [[...new Set(personIds)]],
    );
    return new Map(rows.map((row) => [row.person_id, row.key]));
  }

  /** Destroys the person's key for good; their data in every event becomes unreadable. */
  async forget(personId: string): Promise<void> {
    await this.pool.query(
      `INSERT INTO person_keys (person_id, key, forgotten_at) VALUES ($1, NULL, now())
       ON CONFLICT (person_id) DO UPDATE SET key = NULL, forgotten_at = coalesce(person_keys.forgotten_at, now())`,
      [personId],
    );
  }
}
