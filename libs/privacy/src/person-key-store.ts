import type { Pool } from 'pg';
import { newPersonKey } from './personal-data-cipher';

/** A person's key, or `null` once they are forgotten. */
export type PersonKeys = ReadonlyMap<string, Buffer | null>;

/** Per-person keys in PostgreSQL, apart from the events they unlock. */
export class PersonKeyStore {
  constructor(private readonly pool: Pool) {}

  /** Keys for these people, made for those who have none yet (forgotten people stay without). */
  async keysFor(personIds: readonly string[]): Promise<PersonKeys> {
    if (personIds.length === 0) return new Map();
    const ids = [...new Set(personIds)];
    await this.pool.query(
      `INSERT INTO person_keys (person_id, key)
       SELECT id, key FROM unnest($1::text[], $2::bytea[]) AS made(id, key)
       ON CONFLICT (person_id) DO NOTHING`,
      [ids, ids.map(() => newPersonKey())],
    );
    return this.existingKeys(ids);
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
