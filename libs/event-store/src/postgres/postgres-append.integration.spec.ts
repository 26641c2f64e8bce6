import { Client } from 'pg';
import { createTestDatabase } from '#testing';
import type { EventToAppend } from '../event-envelope';
import { DuplicateEventIdError, WrongExpectedRevisionError } from '../event-store.errors';
import { eventFactory, isStrictlyIncreasing } from '../testing';
import { migrateEventStore } from './migrate-event-store';
import { appendWith, PostgresEventStore } from './postgres-event-store';
import { EVENTS_PER_TRANSACTION, transactionIdOf } from './position-encoding';
import { READ_STREAM_SQL } from './sql';

/** `es_append` answers retries and overlaps from the insert itself, without looking ids up first. */
describe('appending to the PostgreSQL event store', () => {
  let url: string;
  let store: PostgresEventStore;
  const clients: Client[] = [];
  const event = eventFactory('pg-append');

  async function connect(): Promise<Client> {
    const client = new Client({ connectionString: url });
    client.on('error', () => undefined);
    clients.push(client);
    await client.connect();
    return client;
  }

  /** A connection to a store of its own, migrated and still empty. */
  async function connectToEmptyStore(label: string): Promise<Client> {
    const empty = await createTestDatabase(label);
    await migrateEventStore(empty);
    const client = new Client({ connectionString: empty });
    clients.push(client);
    await client.connect();
    return client;
  }

  beforeAll(async () => {
    url = await createTestDatabase('append');
    await migrateEventStore(url);
    store = new PostgresEventStore({ connectionString: url });
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
    await store.close();
  });

  describe('a retry that passes the revision check', () => {
    it.each(['any', 'stream_exists'] as const)(
      "answers a retry under '%s' with the first result and leaves the stream's revision alone",
      async (expectedRevision) => {
        const streamId = `retry-${expectedRevision}`;
        const first = [event()];
        await store.appendToStream(streamId, [event()]);
        const answered = await store.appendToStream(streamId, first, { expectedRevision });
        await store.appendToStream(streamId, [event()]);

        const again = await store.appendToStream(streamId, first, { expectedRevision });
        const next = await store.appendToStream(streamId, [event()], { expectedRevision: 2 });

        expect(again).toEqual(answered);
        expect(next.nextExpectedRevision).toBe(3);
        expect((await store.readStream(streamId)).map((e) => e.streamRevision)).toEqual([0, 1, 2, 3]);
      },
    );

    it("answers a retry inside a caller's transaction and leaves that transaction usable", async () => {
      const stored = [event()];
      const first = await store.appendToStream('retry-in-tx', stored);
      const client = await connect();
      await client.query('BEGIN');
      const again = await appendWith(client, 'retry-in-tx', stored, 'any');
      const after = event();
      const next = await appendWith(client, 'retry-in-tx', [after], 'any');
      await client.query('COMMIT');

      expect(again).toEqual(first);
      expect(next.nextExpectedRevision).toBe(1);
      expect((await store.readStream('retry-in-tx')).map((e) => e.eventId)).toEqual([
        stored[0]?.eventId,
        after.eventId,
      ]);
    });

    it('answers the loser of two identical appends racing under any as a retry of the winner', async () => {
      const batch = [event(), event()];
      const holder = await connect();
      await holder.query('BEGIN');
      const won = await appendWith(holder, 'race-any', batch, 'any');
      // Waits for the holder's lock on the stream row, then meets the stored ids.
      const racing = store.appendToStream('race-any', batch, { expectedRevision: 'any' });
      await new Promise((resolve) => setTimeout(resolve, 100));
      await holder.query('COMMIT');

      expect(await racing).toEqual(won);
      expect(await store.readStream('race-any')).toHaveLength(2);
    });
  });

  describe('a batch that overlaps stored events', () => {
    it('refuses it at the right revision and leaves the stream as it was', async () => {
      const elsewhere = event();
      await store.appendToStream('overlap-other', [elsewhere]);
      await store.appendToStream('overlap', [event()]);

      const refusal = store.appendToStream('overlap', [event(), elsewhere], { expectedRevision: 0 });

      await expect(refusal).rejects.toBeInstanceOf(DuplicateEventIdError);
      expect(await store.readStream('overlap')).toHaveLength(1);
      const next = await store.appendToStream('overlap', [event()], { expectedRevision: 0 });
      expect(next.nextExpectedRevision).toBe(1);
    });

    it('refuses it on a new stream and leaves no stream behind', async () => {
      const elsewhere = event();
      await store.appendToStream('overlap-new-other', [elsewhere]);

      const refusal = store.appendToStream('overlap-new', [event(), elsewhere], { expectedRevision: 'no_stream' });

      await expect(refusal).rejects.toBeInstanceOf(DuplicateEventIdError);
      expect(await store.streamExists('overlap-new')).toBe(false);
      const created = await store.appendToStream('overlap-new', [event()], { expectedRevision: 'no_stream' });
      expect(created.nextExpectedRevision).toBe(0);
    });
  });

  describe('several appends in one transaction', () => {
    it('gives them distinct, increasing positions of that transaction, also after a refused one', async () => {
      const elsewhere = event();
      await store.appendToStream('tx-other', [elsewhere]);
      const head = (await store.headPosition()) ?? -1n;
      const client = await connect();
      const appended: EventToAppend[] = [];
      const append = async (streamId: string, batch: EventToAppend[]) => {
        appended.push(...batch);
        return appendWith(client, streamId, batch, 'any');
      };
      await client.query('BEGIN');
      const first = await append('tx-a', [event(), event()]);
      const refused = appendWith(client, 'tx-b', [event(), elsewhere], 'any');
      await expect(refused).rejects.toBeInstanceOf(DuplicateEventIdError);
      const second = await append('tx-b', [event()]);
      const third = await append('tx-a', [event(), event(), event()]);
      await client.query('COMMIT');

      const read = await store.readAll({ after: head, maxCount: 100 });
      const positions = read.map((e) => e.position);
      expect(read.map((e) => e.eventId)).toEqual(appended.map((e) => e.eventId));
      expect(isStrictlyIncreasing(positions)).toBe(true);
      expect(new Set(positions.map(transactionIdOf)).size).toBe(1);
      expect([first.position, second.position, third.position]).toEqual([positions[1], positions[2], positions[5]]);
      expect((await store.readStream('tx-b')).map((e) => e.streamRevision)).toEqual([0]);
    });
  });

  describe('looking stored ids up', () => {
    it('probes the event id index even with a plan made while the store was empty', async () => {
      const client = await connectToEmptyStore('append_plan');
      const plans: string[] = [];
      client.on('notice', (notice) => plans.push(notice.message ?? ''));
      // The plan a long-lived connection settles on: generic, made when the table was empty.
      await client.query('SET plan_cache_mode = force_generic_plan');
      await client.query("LOAD 'auto_explain'");
      await client.query(
        'SET auto_explain.log_min_duration = 0; SET auto_explain.log_nested_statements = on; SET auto_explain.log_level = notice',
      );

      const conflict = appendWith(client, 'never-made', [event()], 0);

      await expect(conflict).rejects.toBeInstanceOf(WrongExpectedRevisionError);
      const lookups = plans.filter((plan) => plan.includes('es_events'));
      expect(lookups.join('\n')).toContain('es_events_event_id_key');
      expect(lookups.join('\n')).not.toMatch(/Seq Scan on es_events/);
    });
  });
  describe('reading a stream by its named statement', () => {
    it('walks the stream index with a plan made for no particular stream while the table was empty', async () => {
      const client = await connectToEmptyStore('read_plan');
      await client.query(`PREPARE read_stream(text, bigint, bigint) AS ${READ_STREAM_SQL}`);
      await client.query('SET plan_cache_mode = force_generic_plan');
      await client.query("EXECUTE read_stream('none', 0, 10)");
      await client.query(
        `INSERT INTO es_events (position, transaction_id, stream_id, stream_revision, event_id, type, data, metadata)
         SELECT g, '1', 's-' || (g % 100), g / 100, gen_random_uuid(), 'T', '{}', '{}' FROM generate_series(1, 20000) g`,
      );

      const { rows } = await client.query<{ 'QUERY PLAN': string }>(
        "EXPLAIN EXECUTE read_stream('s-5', 0, 9007199254740991)",
      );

      const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
      expect(plan).toContain('Index Scan using es_events_stream_revision_key');
      expect(plan).not.toMatch(/Seq Scan|Sort/);
    });
  });

  describe('one event on its own (one statement, es_append only to judge a refusal)', () => {
    it('gives each append the first position of its own transaction, at the next revision', async () => {
      const made = await store.appendToStream('alone', [event()], { expectedRevision: 'no_stream' });
      const next = await store.appendToStream('alone', [event()], { expectedRevision: 0 });

      expect([made.nextExpectedRevision, next.nextExpectedRevision]).toEqual([0, 1]);
      expect([made.position, next.position].map((p) => p % BigInt(EVENTS_PER_TRANSACTION))).toEqual([0n, 0n]);
      expect(transactionIdOf(next.position)).toBeGreaterThan(transactionIdOf(made.position));
      expect((await store.readStream('alone')).map((e) => e.position)).toEqual([made.position, next.position]);
    });

    it('answers a retry at the same revision with the first result and writes nothing', async () => {
      const stored = event();
      await store.appendToStream('alone-retry', [event()], { expectedRevision: 'no_stream' });
      const first = await store.appendToStream('alone-retry', [stored], { expectedRevision: 0 });

      const again = await store.appendToStream('alone-retry', [stored], { expectedRevision: 0 });

      expect(again).toEqual(first);
      expect((await store.readStream('alone-retry')).map((e) => e.streamRevision)).toEqual([0, 1]);
    });

    it('refuses an id stored on another stream as a duplicate and moves no stream', async () => {
      const stored = event();
      await store.appendToStream('alone-dup-a', [stored], { expectedRevision: 'no_stream' });
      await store.appendToStream('alone-dup-b', [event()], { expectedRevision: 'no_stream' });

      const atRevision = store.appendToStream('alone-dup-b', [stored], { expectedRevision: 0 });
      const onNewStream = store.appendToStream('alone-dup-c', [stored], { expectedRevision: 'no_stream' });

      // Both are judged together: a refusal left unwatched while the other is awaited
      // would count as an unhandled rejection.
      await Promise.all([
        expect(atRevision).rejects.toBeInstanceOf(DuplicateEventIdError),
        expect(onNewStream).rejects.toBeInstanceOf(DuplicateEventIdError),
      ]);
      expect(await store.streamExists('alone-dup-c')).toBe(false);
      const next = await store.appendToStream('alone-dup-b', [event()], { expectedRevision: 0 });
      expect(next.nextExpectedRevision).toBe(1);
    });

    it('refuses a stream that is not where the append expects it, naming where it is', async () => {
      await store.appendToStream('alone-conflict', [event()], { expectedRevision: 'no_stream' });

      const asNew = store.appendToStream('alone-conflict', [event()], { expectedRevision: 'no_stream' });
      const ahead = store.appendToStream('alone-conflict', [event()], { expectedRevision: 5 });
      const missing = store.appendToStream('alone-never-made', [event()], { expectedRevision: 0 });

      // All three are judged together: a refusal left unwatched while another is awaited
      // would count as an unhandled rejection.
      await Promise.all([
        expect(asNew).rejects.toMatchObject({ constructor: WrongExpectedRevisionError, actual: 0 }),
        expect(ahead).rejects.toMatchObject({ constructor: WrongExpectedRevisionError, actual: 0 }),
        expect(missing).rejects.toMatchObject({ constructor: WrongExpectedRevisionError, actual: null }),
      ]);
    });

    it('lets exactly one of two appends racing at the same revision through', async () => {
      await store.appendToStream('alone-race', [event()], { expectedRevision: 'no_stream' });

      const outcomes = await Promise.allSettled([
        store.appendToStream('alone-race', [event()], { expectedRevision: 0 }),
        store.appendToStream('alone-race', [event()], { expectedRevision: 0 }),
      ]);

      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      const refused = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
      expect(refused?.reason).toBeInstanceOf(WrongExpectedRevisionError);
      expect((await store.readStream('alone-race')).map((e) => e.streamRevision)).toEqual([0, 1]);
    });
  });
});
