import { passesFilter } from '../all-filter';
import { assertAppendable } from '../append-guard';
import type { EventToAppend, GlobalPosition, RecordedEvent, StreamRevision } from '../event-envelope';
import {
  DuplicateEventIdError,
  refuseNewPersonKeys,
  StreamChangedError,
  WrongExpectedRevisionError,
} from '../event-store.errors';
import type {
  AllSubscription,
  AppendOptions,
  AppendResult,
  EventStore,
  ReadAllOptions,
  ReadStreamOptions,
  StreamAtRevision,
  SubscribeToAllOptions,
} from '../event-store.port';
import type { ExpectedRevision } from '../expected-revision';
import { InMemoryAllSubscription } from './in-memory-all-subscription';
import { asJson, copyOf, emptyLog, indexAfter } from './in-memory-log';

/** As in the PostgreSQL adapter: one `$all` read answers at most this many events. */
const MAX_READ_BATCH = 10_000;

/**
 * The event store port in memory, for unit tests of whatever sits on the port: it passes the
 * conformance suite (all but the cases only a store whose appends can commit out of order
 * can be put through). An append is atomic because it runs without awaiting anything, so
 * concurrent writers race as they do on a database. Data and metadata are stored as JSON,
 * as every other adapter stores them.
 */
export class InMemoryEventStore implements EventStore {
  private readonly log = emptyLog();

  appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    options: AppendOptions = {},
  ): Promise<AppendResult> {
    // A refusal thrown by the executor rejects the promise, as a database's refusal does.
    return new Promise((resolve) => {
      refuseNewPersonKeys(options);
      resolve(this.append(streamId, events, options.expectedRevision ?? 'any', options.unchangedStreams ?? []));
    });
  }

  readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const from = options.fromRevision ?? 0;
    const to = from + (options.maxCount ?? Number.MAX_SAFE_INTEGER);
    return Promise.resolve((this.log.streams.get(streamId) ?? []).slice(from, to).map(copyOf));
  }

  readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    const limit = Math.max(1, Math.min(options.maxCount, MAX_READ_BATCH));
    const page: RecordedEvent[] = [];
    for (let i = indexAfter(options.after); i < this.log.all.length && page.length < limit; i += 1) {
      const event = this.log.all[i] as RecordedEvent;
      if (passesFilter(event, options.filter)) page.push(copyOf(event));
    }
    return Promise.resolve(page);
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): AllSubscription {
    return new InMemoryAllSubscription(this.log, options.after, options.filter);
  }

  streamExists(streamId: string): Promise<boolean> {
    return Promise.resolve(this.log.streams.has(streamId));
  }

  headPosition(): Promise<GlobalPosition | null> {
    const head = this.log.all.at(-1);
    return Promise.resolve(head ? head.position : null);
  }

  ping(): Promise<void> {
    return Promise.resolve();
  }

  close(): Promise<void> {
    return Promise.resolve();
  }

  private append(
    streamId: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
    unchanged: readonly StreamAtRevision[],
  ): AppendResult {
    assertAppendable(streamId, events, expected);
    const repeated = this.repeatedAppend(streamId, events);
    if (repeated) return repeated;
    const stream = this.log.streams.get(streamId) ?? [];
    const actual = stream.length === 0 ? null : stream.length - 1;
    if (!fits(expected, actual)) throw new WrongExpectedRevisionError(streamId, expected, actual);
    const changed = unchanged.find((read) => this.revisionOf(read.streamId) !== read.revision);
    if (changed) throw new StreamChangedError(streamId, changed.streamId);
    const recordedAt = new Date();
    for (const event of events) {
      const recorded: RecordedEvent = {
        eventId: event.eventId.toLowerCase(),
        type: event.type,
        data: asJson(event.data),
        metadata: asJson(event.metadata),
        streamId,
        streamRevision: stream.length,
        position: BigInt(this.log.all.length + 1),
        recordedAt,
      };
      stream.push(recorded);
      this.log.all.push(recorded);
      this.log.byEventId.set(recorded.eventId, recorded);
    }
    this.log.streams.set(streamId, stream);
    for (const wake of [...this.log.waiting]) wake();
    const last = stream.at(-1) as RecordedEvent;
    return { nextExpectedRevision: last.streamRevision, position: last.position };
  }

  private revisionOf(streamId: string): number | null {
    const length = this.log.streams.get(streamId)?.length ?? 0;
    return length === 0 ? null : length - 1;
  }

  /**
   * The first answer when every event id is stored as exactly this append (same stream,
   * consecutive revisions, same order); a refusal when only some are, or elsewhere.
   */
  private repeatedAppend(streamId: string, events: readonly EventToAppend[]): AppendResult | null {
    const stored = events.map((event) => this.log.byEventId.get(event.eventId.toLowerCase()));
    const first = stored[0];
    if (stored.every((event) => event === undefined)) return null;
    const sameAppend =
      first !== undefined &&
      stored.every((event, i) => event?.streamId === streamId && event.streamRevision === first.streamRevision + i);
    if (!sameAppend)
      throw new DuplicateEventIdError(
        streamId,
        events.map((event) => event.eventId),
      );
    const last = stored.at(-1) as RecordedEvent;
    return { nextExpectedRevision: last.streamRevision, position: last.position };
  }
}

function fits(expected: ExpectedRevision, actual: StreamRevision | null): boolean {
  if (typeof expected === 'number') return actual === expected;
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return actual === null;
    case 'stream_exists':
      return actual !== null;
    default: {
      const unknown: never = expected;
      throw new Error(`Unknown expected revision ${String(unknown)}`);
    }
  }
}
