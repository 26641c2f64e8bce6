import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { createTestDatabase } from '#testing';
import { ErasureLedger } from './erasure-ledger';
import { migratePrivacy } from './migrate-privacy';
import { PersonKeyStore } from './person-key-store';
import { MasterKeyWrapper, PLAIN_KEY_BYTES } from './person-key-wrapping';

describe('person keys stored wrapped, forgotten on record', () => {
  let pool: Pool;
  let dir: string;
  let ledger: ErasureLedger;
  let keys: PersonKeyStore;
  const masterKey = randomBytes(32);

  const storedKey = async (personId: string): Promise<Buffer | null | undefined> => {
    const { rows } = await pool.query<{ key: Buffer | null }>('SELECT key FROM person_keys WHERE person_id = $1', [
      personId,
    ]);
    return rows[0]?.key;
  };

  beforeAll(async () => {
    const url = await createTestDatabase('wrapped-keys');
    await migratePrivacy(url);
    pool = new Pool({ connectionString: url });
    dir = await mkdtemp(join(tmpdir(), 'wrapped-keys-'));
    ledger = new ErasureLedger(dir);
    keys = new PersonKeyStore(pool, {
      wrapper: new MasterKeyWrapper(() => Promise.resolve(masterKey)),
      erasureLedger: ledger,
    });
  });

  afterAll(async () => {
    await pool.end();
    await rm(dir, { recursive: true, force: true });
  });

  it('stores a new key wrapped and answers it unwrapped, the same on every read', async () => {
    const made = (await keys.keysFor(['anna'])).get('anna') as Buffer;

    expect(made).toHaveLength(PLAIN_KEY_BYTES);
    expect((await storedKey('anna'))?.includes(made)).toBe(false);
    expect((await keys.existingKeys(['anna'])).get('anna')).toEqual(made);
    expect((await keys.keysFor(['anna'])).get('anna')).toEqual(made);
  });

  it('wraps keys stored before wrapping existed, and they keep unlocking the same data', async () => {
    const plain = randomBytes(PLAIN_KEY_BYTES);
    await pool.query('INSERT INTO person_keys (person_id, key) VALUES ($1, $2)', ['oud', plain]);

    expect(await keys.wrapPlainKeys()).toBe(1);
    expect(await keys.wrapPlainKeys()).toBe(0);

    expect((await storedKey('oud'))?.includes(plain)).toBe(false);
    expect((await keys.existingKeys(['oud'])).get('oud')).toEqual(plain);
  });

  it('records a forgotten person in the ledger outside the database, then destroys the key', async () => {
    await keys.keysFor(['bram']);

    await keys.forget('bram');

    expect(await ledger.forgottenIds()).toContain('bram');
    expect(await storedKey('bram')).toBeNull();
  });

  it('destroys again, from the ledger, a key a restored backup brought back', async () => {
    await keys.keysFor(['cees']);
    await keys.forget('cees');
    // What the restored backup holds: the key from before the forget.
    await pool.query(`UPDATE person_keys SET key = $1, forgotten_at = NULL WHERE person_id = 'cees'`, [
      randomBytes(61),
    ]);

    expect(await keys.forgetAll(await ledger.forgottenIds())).toBe(1);
    expect(await keys.forgetAll(await ledger.forgottenIds())).toBe(0);
    expect((await keys.existingKeys(['cees'])).get('cees')).toBeNull();
  });

  it('keeps a person forgotten whom the restored backup never knew, so no key is made for them', async () => {
    await keys.forgetAll(['dirk-after-backup']);

    expect((await keys.keysFor(['dirk-after-backup'])).get('dirk-after-backup')).toBeNull();
  });
});
