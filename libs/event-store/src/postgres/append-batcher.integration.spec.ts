import { createTestDatabase } from '#testing';
import type { AppendResult } from '../event-store.port';
import { StreamChangedError, WrongExpectedRevisionError } from '../event-store.errors';
import { eventFactory, isStrictlyIncreasing } from '../testing';
import { migrateEventStore } from './migrate-event-store';
import { PostgresEventStore } from './postgres-event-store';
import { transactionIdOf } from './position-encoding';

/**
 * With one lone append on its way at a time, every append started beside it waits and the
 * waiting ones leave together: the first of each wave below writes alone, the rest as one
 * transaction (ADR 50).
 */
describe('lone appends that arrive together (ADR 50)', () => {
  let store: PostgresEventStore;
  const event = eventFactory('append-batch');

  beforeAll(async () => {
    const url = await createTestDatabase('append-batch');
    await migrateEventStore(url);
    store = new PostgresEventStore({ connectionString: url, appendsInFlight: 1 });
  });
  afterAll(() => store.close());

  const toNewStream = (streamId: string): Promise<AppendResult> =>
    store.appendToStream(streamId, [event()], { expectedRevision: 'no_stream' });

  it('writes each, the waiting ones as one transaction in the order they arrived', async () => {
    const ids = ['wave-a', 'wave-b', 'wave-c', 'wave-d'];

    const results = await Promise.all(ids.map(toNewStream));

    const transactions = results.map((r) => transactionIdOf(r.position));
    expect(new Set(transactions.slice(1)).size).toBe(1);
    expect(transactions[0]).not.toBe(transactions[1]);
    expect(isStrictlyIncreasing(results.map((r) => r.position))).toBe(true);
    for (const [index, id] of ids.entries()) {
      const [stored] = await store.readStream(id);
      expect(stored?.position).toBe(results[index]?.position);
      expect(results[index]?.nextExpectedRevision).toBe(0);
    }
  });

  it('refuses only the append whose revision is stale and keeps the others of its transaction', async () => {
    await toNewStream('stale');
    await store.appendToStream('stale', [event()], { expectedRevision: 0 });

    const [first, stale, other] = await Promise.allSettled([
      toNewStream('stale-first'),
      store.appendToStream('stale', [event()], { expectedRevision: 0 }),
      toNewStream('stale-other'),
    ]);

    expect(first?.status).toBe('fulfilled');
    expect(stale).toMatchObject({ status: 'rejected', reason: expect.any(WrongExpectedRevisionError) });
    expect(other).toMatchObject({ status: 'fulfilled', value: { nextExpectedRevision: 0 } });
    expect((await store.readStream('stale')).map((e) => e.streamRevision)).toEqual([0, 1]);
  });

  it('answers a retry among them as the retry it is, and keeps the others', async () => {
    const stored = event();
    const first = await store.appendToStream('retried', [stored], { expectedRevision: 'no_stream' });

    const [, again, other] = await Promise.all([
      toNewStream('retried-first'),
      store.appendToStream('retried', [stored], { expectedRevision: 'no_stream' }),
      toNewStream('retried-other'),
    ]);

    expect(again).toEqual(first);
    expect(other.nextExpectedRevision).toBe(0);
    expect(await store.readStream('retried')).toHaveLength(1);
  });

  it('refuses only the append whose decision read a stream that moved, and keeps the others', async () => {
    const read = await toNewStream('read-body');
    await store.appendToStream('read-body', [event()], { expectedRevision: read.nextExpectedRevision });

    const [, judged, other] = await Promise.allSettled([
      toNewStream('moved-first'),
      store.appendToStream('moved-judged', [event()], {
        expectedRevision: 'no_stream',
        unchangedStreams: [{ streamId: 'read-body', revision: read.nextExpectedRevision }],
      }),
      toNewStream('moved-other'),
    ]);

    expect(judged).toMatchObject({ status: 'rejected', reason: expect.any(StreamChangedError) });
    expect(other).toMatchObject({ status: 'fulfilled' });
    expect(await store.streamExists('moved-judged')).toBe(false);
  });

  it('writes two appends to one stream in turn, not in one transaction', async () => {
    const [, opened, next] = await Promise.all([
      toNewStream('turn-first'),
      toNewStream('turns'),
      store.appendToStream('turns', [event()], { expectedRevision: 0 }),
    ]);

    expect(next.nextExpectedRevision).toBe(1);
    expect(transactionIdOf(next.position)).not.toBe(transactionIdOf(opened.position));
  });

  it("judges an append whose decision read another's stream after that one is written", async () => {
    const [, written, judged] = await Promise.allSettled([
      toNewStream('read-first'),
      toNewStream('read-written'),
      store.appendToStream('read-judge', [event()], {
        expectedRevision: 'no_stream',
        unchangedStreams: [{ streamId: 'read-written', revision: null }],
      }),
    ]);

    expect(written?.status).toBe('fulfilled');
    expect(judged).toMatchObject({ status: 'rejected', reason: expect.any(StreamChangedError) });
  });

  it('fails only the append whose data will not serialise, and keeps the others', async () => {
    const unserialisable = { ...event(), data: { amount: 1n } };

    const [, refused, other] = await Promise.allSettled([
      toNewStream('serialise-first'),
      store.appendToStream('serialise-refused', [unserialisable], { expectedRevision: 'no_stream' }),
      toNewStream('serialise-other'),
    ]);

    expect(refused).toMatchObject({ status: 'rejected', reason: expect.any(TypeError) });
    expect(other).toMatchObject({ status: 'fulfilled', value: { nextExpectedRevision: 0 } });
  });
});
