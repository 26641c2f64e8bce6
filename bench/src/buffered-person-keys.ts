import type { Pool, PoolClient } from 'pg';
import { newPersonKey, PersonKeyStore, type PersonKeys } from '#privacy';

/**
 * Per-person keys made in memory while the generator runs, written to `person_keys` in bulk
 * beside the events they seal: the same keys and ciphertexts as the live path, without a
 * round trip per command.
 */
export class BufferedPersonKeys extends PersonKeyStore {
  private readonly keys = new Map<string, Buffer>();
  private unsaved: string[] = [];

  constructor(pool: Pool) {
    super(pool);
  }

  override keysFor(personIds: readonly string[]): Promise<PersonKeys> {
    for (const id of personIds) {
      if (this.keys.has(id)) continue;
      this.keys.set(id, newPersonKey());
      this.unsaved.push(id);
    }
    return this.existingKeys(personIds);
  }

  override existingKeys(personIds: readonly string[]): Promise<PersonKeys> {
    const found = new Map<string, Buffer>();
    for (const id of personIds) {
      const key = this.keys.get(id);
      if (key) found.set(id, key);
    }
    return Promise.resolve(found);
  }

  override forget(): Promise<void> {
    return Promise.reject(new Error('The generated store forgets nobody.'));
  }

  /** Writes the keys made since the last save, inside the caller's transaction. */
  async save(client: PoolClient): Promise<void> {
    if (this.unsaved.length === 0) return;
    const ids = this.unsaved;
    this.unsaved = [];
    await client.query(
      `INSERT INTO person_keys (person_id, key) SELECT * FROM unnest($1::text[], $2::bytea[])
       ON CONFLICT (person_id) DO NOTHING`,
      [ids, ids.map((id) => this.keys.get(id))],
    );
  }
}
