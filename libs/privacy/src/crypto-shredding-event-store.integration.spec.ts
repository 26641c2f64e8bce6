import { Pool } from 'pg';
import { collect, deterministicUuid, describeEventStoreConformance, eventFactory } from '#event-store/testing';
import { migrateEventStore, PostgresEventStore } from '#event-store/postgres';
import { createTestDatabase } from '#testing';
import { CryptoShreddingEventStore } from './crypto-shredding-event-store';
import { migratePrivacy } from './migrate-privacy';
import { PersonKeyStore } from './person-key-store';

async function openStores(label: string) {
  const url = await createTestDatabase(label);
  await migrateEventStore(url);
  await migratePrivacy(url);
  const pool = new Pool({ connectionString: url });
  const keys = new PersonKeyStore(pool);
  const store = new CryptoShreddingEventStore(
    new PostgresEventStore({ connectionString: url, pollIntervalMs: 100 }),
    keys,
  );
  return { pool, keys, store };
}

describeEventStoreConformance(
  'PostgreSQL behind crypto-shredding',
  async () => {
    const { pool, store } = await openStores('conformance');
    return { store, namespace: 'shredding', teardown: async () => (await store.close(), await pool.end()) };
  },
  { outOfOrderCommits: false },
);

describe('personal data in events', () => {
  const reporter = deterministicUuid('reporter-jansen');
  const event = eventFactory('shredding');
  const signalRecorded = () =>
    event('SignalRecorded', {
      summary: { personId: reporter, value: 'Mevrouw Jansen wacht al maanden op een traplift.' },
      reporter: { personId: reporter, value: { name: 'A. Jansen', contact: '06-12345678' } },
      channel: 'home-care',
    });
  let stores: Awaited<ReturnType<typeof openStores>>;
  beforeAll(async () => {
    stores = await openStores('personal');
  });
  afterAll(async () => {
    await stores.store.close();
    await stores.pool.end();
  });

  const rawRows = async (streamId: string) =>
    (
      await stores.pool.query<{ data: string }>('SELECT data::text AS data FROM es_events WHERE stream_id = $1', [
        streamId,
      ])
    ).rows;

  it('is stored sealed: the events table holds no name, contact or free text', async () => {
    await stores.store.appendToStream('signal-a', [signalRecorded()]);
    const [row] = await rawRows('signal-a');
    expect(row?.data).not.toMatch(/Jansen|06-12345678|traplift/);
    expect(row?.data).toContain('"ciphertext"');
  });

  it('reads back as the plain value, and leaves other fields alone', async () => {
    const [recorded] = await stores.store.readStream('signal-a');
    expect(recorded?.data).toMatchObject({
      summary: { personId: reporter, value: 'Mevrouw Jansen wacht al maanden op een traplift.' },
      reporter: { personId: reporter, value: { name: 'A. Jansen', contact: '06-12345678' } },
      channel: 'home-care',
    });
  });

  it('reads as erased, without looking up a key, when the read withholds personal data', async () => {
    const lookups = jest.spyOn(stores.keys, 'existingKeys');

    const [withheld] = await stores.store.readStream('signal-a', { withholdPersonalData: true });

    expect(lookups).not.toHaveBeenCalled();
    expect(withheld?.data).toEqual({
      counter: expect.any(Number),
      summary: { personId: reporter, erased: true },
      reporter: { personId: reporter, erased: true },
      channel: 'home-care',
    });
    const [revealed] = await stores.store.readStream('signal-a');
    expect(revealed?.data).toMatchObject({ reporter: { personId: reporter, value: { name: 'A. Jansen' } } });
    lookups.mockRestore();
  });

  describe('when the person is forgotten', () => {
    beforeAll(() => stores.keys.forget(reporter));

    it('reads as erased everywhere, while the event itself stays', async () => {
      const [recorded] = await stores.store.readStream('signal-a');
      const [fromAll] = await stores.store.readAll({ maxCount: 10, filter: { streamIdPrefixes: ['signal-a'] } });
      const [live] = await collect(stores.store.subscribeToAll({ filter: { streamIdPrefixes: ['signal-a'] } }), 1);
      for (const event of [recorded, fromAll, live]) {
        expect(event?.data).toEqual({
          counter: expect.any(Number),
          summary: { personId: reporter, erased: true },
          reporter: { personId: reporter, erased: true },
          channel: 'home-care',
        });
      }
    });

    it('keeps no new data about them either', async () => {
      await stores.store.appendToStream('signal-b', [signalRecorded()]);
      const [row] = await rawRows('signal-b');
      expect(row?.data).not.toMatch(/Jansen|06-12345678|traplift|ciphertext/);
    });
  });
});
