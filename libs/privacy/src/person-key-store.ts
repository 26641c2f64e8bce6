import type { Pool } from 'pg';
import type { NewPersonKey } from '#event-store';
import { newPersonKey } from './personal-data-cipher';
import { PLAIN_KEY_BYTES, type PersonKeyWrapper } from './person-key-wrapping';

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
  /**
   * Wraps keys before they are stored and unwraps them when read (ADR 33), so the table holds
   * no usable key. Without it keys are stored as they are (tests of other rooms only).
   */
  readonly wrapper?: PersonKeyWrapper;
  /** Records each forgotten person outside the database, before their key is destroyed. */
  readonly erasureLedger?: { record(personId: string): Promise<void> };
}

/** New keys to be stored beside the append that uses them, and the same keys to seal with. */
export interface MadeKeys {
  readonly keys: PersonKeys;
  readonly rows: readonly NewPersonKey[];
}

/**
 * People remembered as having a key row, so that an append about them does not first try to
 * store new keys. Ids only, never keys; forgetting them all costs one failed try each.
 */
const REMEMBERED_PEOPLE = 100_000;

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

/** Stored keys the master key has not wrapped yet (made before ADR 33), a batch at a time. */
const PLAIN_KEYS_SQL = `
  SELECT person_id, key FROM person_keys WHERE length(key) = ${PLAIN_KEY_BYTES} ORDER BY person_id LIMIT 500`;

/** Replaces a plain key by its wrapped form, unless it changed meanwhile (forgotten). */
const WRAP_KEYS_SQL = `
  UPDATE person_keys AS p SET key = w.wrapped
  FROM unnest($1::text[], $2::bytea[], $3::bytea[]) AS w(person_id, plain, wrapped)
  WHERE p.person_id = w.person_id AND p.key = w.plain`;

/** Destroys the keys of these people again; rows for ids never seen keep new keys from being made. */
const FORGET_ALL_SQL = `
  INSERT INTO person_keys (person_id, key, forgotten_at)
  SELECT id, NULL, now() FROM unnest($1::text[]) AS id
  ON CONFLICT (person_id) DO UPDATE SET key = NULL, forgotten_at = now()
  WHERE person_keys.key IS NOT NULL
  RETURNING person_id`;

/** Per-person keys in PostgreSQL, apart from the events they unlock. */
export class PersonKeyStore {
  private readonly creating: Pool;
  private readonly wrapper: PersonKeyWrapper | undefined;
  private readonly erasureLedger: PersonKeyStoreOptions['erasureLedger'];
  private readonly withKeyRow = new Set<string>();

  constructor(
    private readonly pool: Pool,
    options: PersonKeyStoreOptions = {},
  ) {
    this.creating = options.keysFlushedByNextAppend ?? pool;
    this.wrapper = options.wrapper;
    this.erasureLedger = options.erasureLedger;
  }

  /** Keys for these people, made for those who have none yet (forgotten people stay without). */
  async keysFor(personIds: readonly string[]): Promise<PersonKeys> {
    if (personIds.length === 0) return new Map();
    const ids = [...new Set(personIds)];
    const made = await Promise.all(ids.map((id) => this.stored(id, newPersonKey())));
    const { rows } = await this.creating.query<{ person_id: string; key: Buffer | null }>(KEYS_FOR_SQL, [ids, made]);
    this.noteKeyRows(rows.map((row) => row.person_id));
    const keys = await this.usable(rows);
    // The statement's snapshot predates a key another writer committed while we waited on it.
    const missing = ids.filter((id) => !keys.has(id));
    if (missing.length > 0) (await this.existingKeys(missing)).forEach((key, id) => keys.set(id, key));
    return keys;
  }

  /**
   * Keys made here for people this process has not seen a key row for, to be stored by the
   * append that uses them (ADR 0046). Answers `null` when any of them is known to have one.
   */
  async makeKeys(personIds: readonly string[]): Promise<MadeKeys | null> {
    const ids = [...new Set(personIds)];
    if (ids.length === 0 || ids.some((id) => this.withKeyRow.has(id))) return null;
    const made = await Promise.all(
      ids.map(async (personId) => {
        const key = newPersonKey();
        return { personId, key, storedKey: await this.stored(personId, key) };
      }),
    );
    return {
      keys: new Map(made.map(({ personId, key }) => [personId, key])),
      rows: made.map(({ personId, storedKey }) => ({ personId, storedKey })),
    };
  }

  /** These people have a key row now (the append that stored them committed). */
  noteKeyRows(personIds: Iterable<string>): void {
    if (this.withKeyRow.size > REMEMBERED_PEOPLE) this.withKeyRow.clear();
    for (const id of personIds) this.withKeyRow.add(id);
  }

  /** Keys as they are; a person never seen has no entry. */
  async existingKeys(personIds: readonly string[]): Promise<PersonKeys> {
    if (personIds.length === 0) return new Map();
    const { rows } = await this.pool.query<{ person_id: string; key: Buffer | null }>(
      'SELECT person_id, key FROM person_keys WHERE person_id = ANY($1::text[])',
      [[...new Set(personIds)]],
    );
    this.noteKeyRows(rows.map((row) => row.person_id));
    return this.usable(rows);
  }

  /**
   * Destroys the person's key for good; their data in every event becomes unreadable. The
   * ledger hears of it first, so a backup restored later cannot bring the key back.
   */
  async forget(personId: string): Promise<void> {
    await this.erasureLedger?.record(personId);
    await this.pool.query(
      `INSERT INTO person_keys (person_id, key, forgotten_at) VALUES ($1, NULL, now())
       ON CONFLICT (person_id) DO UPDATE SET key = NULL, forgotten_at = coalesce(person_keys.forgotten_at, now())`,
      [personId],
    );
  }

  /**
   * Destroys again the keys of people the erasure ledger lists: after a backup is restored,
   * before anything is served. Answers how many keys were still there.
   */
  async forgetAll(personIds: readonly string[]): Promise<number> {
    if (personIds.length === 0) return 0;
    const { rowCount } = await this.pool.query(FORGET_ALL_SQL, [[...new Set(personIds)]]);
    return rowCount ?? 0;
  }

  /** Wraps every key stored before wrapping existed; answers how many. Safe beside running writers. */
  async wrapPlainKeys(): Promise<number> {
    const wrapper = this.wrapper;
    if (!wrapper) return 0;
    let wrapped = 0;
    for (;;) {
      const { rows } = await this.pool.query<{ person_id: string; key: Buffer }>(PLAIN_KEYS_SQL);
      if (rows.length === 0) return wrapped;
      const sealed = await Promise.all(rows.map((row) => wrapper.wrap(row.person_id, row.key)));
      await this.pool.query(WRAP_KEYS_SQL, [rows.map((r) => r.person_id), rows.map((r) => r.key), sealed]);
      wrapped += rows.length;
    }
  }

  /** A new key as the table keeps it: wrapped, when there is a wrapper. */
  private async stored(personId: string, key: Buffer): Promise<Buffer> {
    return this.wrapper ? this.wrapper.wrap(personId, key) : key;
  }

  /** Stored keys made usable; a plain one left from before wrapping is used as it is until wrapped. */
  private async usable(
    rows: readonly { person_id: string; key: Buffer | null }[],
  ): Promise<Map<string, Buffer | null>> {
    const wrapper = this.wrapper;
    const entries = await Promise.all(
      rows.map(async ({ person_id, key }): Promise<[string, Buffer | null]> => {
        if (key === null || !wrapper || key.length === PLAIN_KEY_BYTES) return [person_id, key];
        return [person_id, await wrapper.unwrap(person_id, key)];
      }),
    );
    return new Map(entries);
  }
}
