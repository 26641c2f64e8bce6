import { Client, Pool } from 'pg';
import { createTestDatabase } from '#testing';
import { DuplicateEventIdError, InvalidAppendError } from '../event-store.errors';
import { eventFactory } from '../testing';
import type { ConformanceFixture } from '../testing';
import { EVENT_STORE_MIGRATIONS, migrateEventStore } from './migrate-event-store';
import { createPostgresConformanceFixture } from './postgres.fixtures';
import { PostgresEventStore } from './postgres-event-store';

/** What a reader without the transaction barrier does: take everything above its checkpoint. */
async function naiveRead(pool: Pool, checkpoint: bigint): Promise<{ event_id: string; position: string }[]> {
  const { rows } = await pool.query<{ event_id: string; position: string }>(
    'SELECT event_id, position::text FROM es_events WHERE position > $1 ORDER BY position',
    [checkpoint.toString()],
  );
  return rows;
}

describe('the PostgreSQL event store', () => {
  let url: string;
  let fixture: ConformanceFixture;
  let pool: Pool;
  const event = eventFactory('pg-specific');

  beforeAll(async () => {
    url = await createTestDatabase();
    fixture = await createPostgresConformanceFixture(url);
    pool = new Pool({ connectionString: url });
  });
  afterAll(async () => {
    await pool.end();
    await fixture.teardown();
  });

  describe('when a writer commits after a later one', () => {
    it('makes a naive position reader skip the late event, while the store delivers both in order', async () => {
      const { store, holdAppendOpen } = fixture;
      const start = (await store.headPosition()) ?? -1n;
      const early = event('Early');
      const late = event('Late');
      const held = await holdAppendOpen!('late-commit-a', [early]);
      await store.appendToStream('late-commit-b', [late]);

      const naiveFirst = await naiveRead(pool, start);
      const storeFirst = await store.readAll({ after: start, maxCount: 10 });
      await held.commit();
      const naiveCheckpoint = BigInt(naiveFirst.at(-1)?.position ?? start.toString());
      const naiveSecond = await naiveRead(pool, naiveCheckpoint);
      const storeAll = await store.readAll({ after: start, maxCount: 10 });

      expect(naiveFirst.map((r) => r.event_id)).toEqual([late.eventId]);
      expect(naiveSecond).toEqual([]);
      expect(storeFirst).toEqual([]);
      expect(storeAll.map((e) => e.eventId)).toEqual([early.eventId, late.eventId]);
    });
  });

  describe('refusing malformed appends', () => {
    it('refuses an append whose event ids are partly stored already', async () => {
      const stored = event();
      await fixture.store.appendToStream('dup-a', [stored]);
      const refusal = fixture.store.appendToStream('dup-b', [stored, event()]);
      await expect(refusal).rejects.toBeInstanceOf(DuplicateEventIdError);
      expect(await fixture.store.streamExists('dup-b')).toBe(false);
    });

    it('refuses an event id that is not a UUID', async () => {
      const refusal = fixture.store.appendToStream('bad-id', [{ ...event(), eventId: 'not-a-uuid' }]);
      await expect(refusal).rejects.toBeInstanceOf(InvalidAppendError);
    });

    it('refuses a reserved stream id', async () => {
      await expect(fixture.store.appendToStream('$all', [event()])).rejects.toBeInstanceOf(InvalidAppendError);
    });

    it('refuses an append that repeats an event id', async () => {
      const e = event();
      await expect(fixture.store.appendToStream('twice', [e, e])).rejects.toBeInstanceOf(InvalidAppendError);
    });
  });

  describe('waking live subscribers', () => {
    it('delivers an append to a waiting subscriber by notification, not at its next poll', async () => {
      // A poll interval far beyond the test's timeout: only the notification can deliver in time.
      const store = new PostgresEventStore({ connectionString: url, pollIntervalMs: 600_000 });
      const head = (await store.headPosition()) ?? -1n;
      const subscription = store.subscribeToAll({ after: head });
      const iterator = subscription[Symbol.asyncIterator]();
      const first = iterator.next();
      // Let the subscription catch up to the head and wait before the append arrives.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const appended = event('Woken');
      await store.appendToStream('woken', [appended]);
      expect((await first).value).toMatchObject({ eventId: appended.eventId });
      await subscription.close();
      await store.close();
    });
  });

  describe('notifying after appends', () => {
    it('notifies at once after a quiet spell, and lets a burst of appends share the next notification', async () => {
      const listener = new Client({ connectionString: url });
      await listener.connect();
      let heard = 0;
      listener.on('notification', () => (heard += 1));
      await listener.query('LISTEN es_events');
      const store = new PostgresEventStore({ connectionString: url, notifyIntervalMs: 600_000 });
      try {
        await Promise.all(Array.from({ length: 20 }, (_, i) => store.appendToStream(`burst-${i}`, [event('Burst')])));
        for (let waited = 0; heard === 0 && waited < 10_000; waited += 20) {
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(heard).toBe(1);
      } finally {
        await store.close();
        await listener.end();
      }
    });
  });

  describe('migrating', () => {
    it('lets several processes migrate at once and finds nothing left to do', async () => {
      await Promise.all([migrateEventStore(url), migrateEventStore(url), migrateEventStore(url)]);
      const client = new Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query<{ count: string }>('SELECT count(*)::text AS count FROM es_migrations');
      await client.end();
      expect(rows[0]?.count).toBe(String(EVENT_STORE_MIGRATIONS.length));
    });
  });
});
