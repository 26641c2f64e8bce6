import { Pool } from 'pg';
import { createTestDatabase } from '#testing';
import { migratePrivacy } from './migrate-privacy';
import { PersonKeyStore } from './person-key-store';

describe('the person key store', () => {
  let pool: Pool;
  let unflushed: Pool;
  let keys: PersonKeyStore;

  beforeAll(async () => {
    const url = await createTestDatabase('person-keys');
    await migratePrivacy(url);
    pool = new Pool({ connectionString: url });
    unflushed = new Pool({ connectionString: url, options: '-c synchronous_commit=off' });
    keys = new PersonKeyStore(pool, { keysFlushedByNextAppend: unflushed });
  });

  afterAll(async () => {
    await unflushed.end();
    await pool.end();
  });

  it('makes a key once per person and answers the same key ever after', async () => {
    const first = await keys.keysFor(['anna', 'bram', 'anna']);
    const again = await keys.keysFor(['bram', 'anna', 'cees']);
    expect([...first.keys()].sort()).toEqual(['anna', 'bram']);
    expect(again.get('anna')).toEqual(first.get('anna'));
    expect(again.get('bram')).toEqual(first.get('bram'));
    expect(again.get('cees')).toHaveLength(32);
    expect((await keys.existingKeys(['cees'])).get('cees')).toEqual(again.get('cees'));
  });

  it('makes no new key for a forgotten person', async () => {
    await keys.keysFor(['dirk']);
    await keys.forget('dirk');
    expect((await keys.keysFor(['dirk'])).get('dirk')).toBeNull();
    expect((await keys.keysFor(['eva-never-seen-before-forgotten'])).size).toBe(1);
  });

  it('answers the key another writer committed while this one waited for it, not a gap that would erase the data', async () => {
    const other = await pool.connect();
    try {
      await other.query('BEGIN');
      await other.query(`INSERT INTO person_keys (person_id, key) VALUES ('fenna', decode(repeat('ab', 32), 'hex'))`);
      const answer = keys.keysFor(['fenna']);
      // The insert above holds the row: our statement waits on it, then skips its own key.
      await waitUntilBlocked(pool);
      await other.query('COMMIT');
      expect((await answer).get('fenna')?.toString('hex')).toBe('ab'.repeat(32));
    } finally {
      other.release();
    }
  });
});

/** Until some session of this database waits on a lock. */
async function waitUntilBlocked(pool: Pool): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const { rows } = await pool.query<{ waiting: string }>(
      `SELECT count(*)::text AS waiting FROM pg_stat_activity
       WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    if (rows[0]?.waiting !== '0') return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('no session started waiting for the lock');
}
