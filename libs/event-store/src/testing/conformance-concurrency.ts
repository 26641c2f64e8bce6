import type { EventToAppend } from '../event-envelope';
import type { AppendResult } from '../event-store.port';
import type { ConformanceFixture, HeldAppend } from './conformance.fixtures';
import { collect, eventFactory, isStrictlyIncreasing } from './conformance-events';

const WRITERS = 16;
const APPENDS_PER_WRITER = 12;
const HELD_OPEN = 6;

/**
 * Many writers on many streams: every subscriber must see every event exactly once, in
 * strictly increasing position.
 */
export function describeConcurrency(fixture: () => ConformanceFixture): void {
  describe('writers appending at the same time', () => {
    it('never lets a subscriber skip, repeat or reorder an event', async () => {
      await raceWriters(fixture(), false);
    });
  });
}

/**
 * As {@link describeConcurrency}, but some appends are held open and committed last, in
 * reverse order, so later transactions commit before earlier ones: the visibility barrier a
 * reader of PostgreSQL needs (ADR 0002). Registered only for adapters that declare it.
 */
export function describeOutOfOrderCommits(fixture: () => ConformanceFixture): void {
  describe('writers committing out of order', () => {
    it('never lets a subscriber skip, repeat or reorder an event', async () => {
      await raceWriters(fixture(), true);
    });
  });
}

async function raceWriters(fixture: ConformanceFixture, holdSomeOpen: boolean): Promise<void> {
  const { store, namespace, holdAppendOpen } = fixture;
  if (holdSomeOpen && !holdAppendOpen) throw new Error('The adapter commits out of order but cannot hold an append');
  const prefix = `${namespace}-${holdSomeOpen ? 'out-of-order' : 'concurrent'}`;
  const event = eventFactory(`${namespace}/${prefix}`);
  const filter = { streamIdPrefixes: [prefix] };
  const start = (await store.headPosition()) ?? undefined;
  const held = holdSomeOpen ? HELD_OPEN : 0;
  const expected = WRITERS * APPENDS_PER_WRITER * 2 + held;
  const subscribers = [1, 2, 3].map(() => collect(store.subscribeToAll({ after: start, filter }), expected, 60_000));

  const heldAppends: HeldAppend[] = [];
  const heldEvents: EventToAppend[] = [];
  for (let i = 0; i < held && holdAppendOpen; i += 1) {
    const e = event('HeldBack');
    heldEvents.push(e);
    heldAppends.push(await holdAppendOpen(`${prefix}-held-${i}`, [e]));
  }
  const results = await Promise.all(
    Array.from({ length: WRITERS }, (_, w) => writeSequentially(store, `${prefix}-w${w}`, event)),
  );
  for (const h of heldAppends.reverse()) await h.commit();

  const appendedIds = new Set([...results.flatMap((r) => r.ids), ...heldEvents.map((e) => e.eventId)]);
  for (const received of await Promise.all(subscribers)) {
    const ids = received.map((e) => e.eventId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(appendedIds);
    expect(isStrictlyIncreasing(received.map((e) => e.position))).toBe(true);
  }
  const answered = results.flatMap((r) => r.positions);
  expect(new Set(answered).size).toBe(answered.length);
}

async function writeSequentially(
  store: ConformanceFixture['store'],
  streamId: string,
  event: ReturnType<typeof eventFactory>,
): Promise<{ ids: string[]; positions: bigint[] }> {
  const ids: string[] = [];
  const positions: bigint[] = [];
  let revision: AppendResult | undefined;
  for (let i = 0; i < APPENDS_PER_WRITER; i += 1) {
    const batch = [event(), event()];
    revision = await store.appendToStream(streamId, batch, {
      expectedRevision: revision ? revision.nextExpectedRevision : 'no_stream',
    });
    ids.push(...batch.map((e) => e.eventId));
    positions.push(revision.position);
  }
  return { ids, positions };
}
