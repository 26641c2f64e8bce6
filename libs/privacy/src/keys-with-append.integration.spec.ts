import { Pool } from 'pg';
import { AuditChainEventStore, PersonKeysTakenError } from '#event-store';
import { deterministicUuid, eventFactory } from '#event-store/testing';
import { migrateEventStore, PostgresEventStore } from '#event-store/postgres';
import { createTestDatabase } from '#testing';
import { CryptoShreddingEventStore } from './crypto-shredding-event-store';
import { migratePrivacy } from './migrate-privacy';
import { PersonKeyStore } from './person-key-store';

const event = eventFactory('keys-with-append');

function signalAbout(personId: string, summary: string) {
  return event('SignalRecorded', { summary: { personId, value: summary }, channel: 'meeting' });
}

/** One API process: its own key store (and so its own memory of who has a key row). */
function process(url: string, pool: Pool) {
  const keys = new PersonKeyStore(pool);
  const inner = new PostgresEventStore({ connectionString: url, pollIntervalMs: 100 });
  const store = new CryptoShreddingEventStore(new AuditChainEventStore(inner), keys, { keysWithAppend: true });
  return { keys, store, inner };
}

describe('person keys stored by the append that uses them (ADR 0046)', () => {
  let url: string;
  let pool: Pool;
  let first: ReturnType<typeof process>;
  let second: ReturnType<typeof process>;

  beforeAll(async () => {
    url = await createTestDatabase('keys-with-append');
    await migrateEventStore(url);
    await migratePrivacy(url);
    pool = new Pool({ connectionString: url });
    first = process(url, pool);
    second = process(url, pool);
  });
  afterAll(async () => {
    await first.store.close();
    await second.store.close();
    await pool.end();
  });

  const keyRows = async (personId: string) =>
    (await pool.query<{ key: Buffer | null }>('SELECT key FROM person_keys WHERE person_id = $1', [personId])).rows;
  const eventsOf = async (streamId: string) =>
    (await pool.query('SELECT 1 FROM es_events WHERE stream_id = $1', [streamId])).rowCount;

  it('stores a new person key with the event, without a query of its own', async () => {
    const person = deterministicUuid('new-person');
    const ownQueries = jest.spyOn(pool, 'query');

    await first.store.appendToStream('signal-new', [signalAbout(person, 'Bus rijdt niet op zondag.')], {
      expectedRevision: 'no_stream',
    });

    expect(ownQueries).not.toHaveBeenCalled();
    ownQueries.mockRestore();
    expect(await keyRows(person)).toHaveLength(1);
    const [read] = await second.store.readStream('signal-new');
    expect(read?.data).toMatchObject({ summary: { personId: person, value: 'Bus rijdt niet op zondag.' } });
  });

  it('seals under the stored key when another process made one first', async () => {
    const person = deterministicUuid('known-elsewhere');
    await first.store.appendToStream('signal-one', [signalAbout(person, 'Eerste melding.')]);

    await second.store.appendToStream('signal-two', [signalAbout(person, 'Tweede melding.')]);

    expect(await keyRows(person)).toHaveLength(1);
    const [one] = await first.store.readStream('signal-one');
    const [two] = await first.store.readStream('signal-two');
    expect(one?.data).toMatchObject({ summary: { value: 'Eerste melding.' } });
    expect(two?.data).toMatchObject({ summary: { value: 'Tweede melding.' } });
  });

  it('keeps nothing new about a forgotten person, whatever the process remembers', async () => {
    const person = deterministicUuid('forgotten');
    await first.keys.forget(person);

    await second.store.appendToStream('signal-forgotten', [signalAbout(person, 'Naam en adres van de bewoner.')]);

    const { rows } = await pool.query<{ data: string }>(
      "SELECT data::text AS data FROM es_events WHERE stream_id = 'signal-forgotten'",
    );
    expect(rows[0]?.data).not.toMatch(/bewoner|ciphertext/);
    expect(await keyRows(person)).toEqual([{ key: null }]);
  });

  it.each([
    ['one event', 1],
    ['several events', 3],
  ])('appends nothing of %s when a key row exists already', async (_label, count) => {
    const person = deterministicUuid(`taken-${count}`);
    await first.keys.keysFor([person]);
    const streamId = `signal-taken-${count}`;
    const events = Array.from({ length: count }, () => event('Sealed', { note: 'zonder persoonsgegevens' }));

    const append = first.inner.appendToStream(streamId, events, {
      expectedRevision: 'no_stream',
      newPersonKeys: [{ personId: person, storedKey: Buffer.alloc(60, 7) }],
    });

    await expect(append).rejects.toBeInstanceOf(PersonKeysTakenError);
    expect(await eventsOf(streamId)).toBe(0);
    expect(await keyRows(person)).not.toContainEqual({ key: Buffer.alloc(60, 7) });
  });
});
