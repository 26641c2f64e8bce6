import { eventFactory } from '#event-store/testing';
import { TransactionCounterBehindError } from '#runtime';
import { freshDir, openStorageOn, removeDir, startOwnCluster, withClient, type OwnCluster } from './recovery-support';

/** Transaction ids a busy cluster has used up, many more than a new cluster has. */
const BURNED_TRANSACTIONS = 5_000;

/** Each iteration commits, so each takes a transaction id of its own. */
const burnTransactionIds = (count: number) => `
  DO $$ BEGIN
    FOR i IN 1..${count} LOOP PERFORM pg_current_xact_id(); COMMIT; END LOOP;
  END $$`;

/** The event store's rows as pg_dump would carry them to another cluster. */
const TABLES = ['es_streams', 'es_events', 'person_keys'] as const;

/**
 * A logical restore (pg_dump / pg_restore) of an older, busier cluster into a younger one:
 * positions come from the writing transaction's id, and the younger cluster's ids are behind
 * them. Serving would let new events sort before restored ones; the start refuses instead.
 */
describe('a logical restore into a younger cluster', () => {
  let older: OwnCluster;
  let younger: OwnCluster;
  let appDataDir: string;
  const event = eventFactory('younger-cluster');

  beforeAll(async () => {
    older = await startOwnCluster('older');
    younger = await startOwnCluster('younger');
    appDataDir = await freshDir('younger-app');
    await withClient(older.urlAs('superuser'), (client) => client.query(burnTransactionIds(BURNED_TRANSACTIONS)));
    const source = await openStorageOn(older, appDataDir);
    for (let n = 0; n < 5; n++) await source.eventStore.appendToStream(`restored-${n}`, [event()]);
    await source.close();

    // The schema first, as pg_restore makes it; then the rows.
    const empty = await openStorageOn(younger, appDataDir);
    await empty.close();
    for (const table of TABLES) {
      const { rows } = await withClient(older.urlAs('superuser'), (client) =>
        client.query<{ rows: unknown }>(`SELECT coalesce(jsonb_agg(t), '[]') AS rows FROM ${table} t`),
      );
      await withClient(younger.urlAs('superuser'), (client) =>
        client.query(`INSERT INTO ${table} SELECT * FROM jsonb_populate_recordset(NULL::${table}, $1)`, [
          JSON.stringify(rows[0]?.rows),
        ]),
      );
    }
  }, 180_000);

  afterAll(async () => {
    await older.remove();
    await younger.remove();
    await removeDir(appDataDir);
  }, 30_000);

  it('refuses to start, naming the cause and the way out', async () => {
    const failure = await openStorageOn(younger, appDataDir).then(
      async (storage) => {
        await storage.close();
        return null;
      },
      (error: unknown) => error,
    );

    expect(failure).toBeInstanceOf(TransactionCounterBehindError);
    expect((failure as Error).message).toMatch(/restored with pg_dump\/pg_restore into another, younger cluster/);
  });

  it('starts once the transaction ids are moved past the restored positions, and appends after them', async () => {
    const failure = await openStorageOn(younger, appDataDir).catch((error: unknown) => error);
    const { lastTransactionId, nextTransactionId } = failure as TransactionCounterBehindError;
    await withClient(younger.urlAs('superuser'), (client) =>
      client.query(burnTransactionIds(Number(lastTransactionId - nextTransactionId) + 1)),
    );

    const storage = await openStorageOn(younger, appDataDir);
    try {
      const restored = await storage.eventStore.readAll({ maxCount: 100 });
      const appended = await storage.eventStore.appendToStream('after-restore', [event()]);
      expect(restored).toHaveLength(5);
      expect(appended.position > (restored.at(-1)?.position ?? 0n)).toBe(true);
    } finally {
      await storage.close();
    }
  });
});
