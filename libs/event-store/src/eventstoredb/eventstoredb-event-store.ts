import { BACKWARDS, END, type AppendResult as ClientAppendResult, type ReadPosition } from '@kurrent/kurrentdb-client';
import type { EventToAppend, GlobalPosition, RecordedEvent, StreamRevision } from '../event-envelope';
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
import { EventStoreDbAllSubscription } from './eventstoredb-all-subscription';
import { assertAppendable } from '../append-guard';
import { refuseNewPersonKeys, StreamChangedError } from '../event-store.errors';
import { connectToEventStoreDb, type EventStoreDbClient } from './eventstoredb-connection';
import { toDeliverableEvent } from './eventstoredb-delivery';
import { isStreamNotFound, refusedAppend, translateAppendError } from './eventstoredb-errors';
import { isSystemEvent, toServerFilter } from './eventstoredb-filters';
import { commitPositionOf, toReadPosition, writtenCommitPosition } from './eventstoredb-positions';
import { fromResolvedEvent, toEventData, toStreamRevision, toStreamState } from './eventstoredb-translation';

export interface EventStoreDbEventStoreOptions {
  /** How long `ping()` waits for an answer; the client itself retries discovery for longer. */
  readonly pingTimeoutMs?: number;
}

/** The same cap as the PostgreSQL adapter. */
const MAX_READ_BATCH = 10_000;
const HEAD_PAGE = 64;

/**
 * The EventStoreDB / KurrentDB adapter. The server assigns revisions and positions, checks
 * expected revisions and recognises repeated event ids; `$all` is its log, in commit order.
 * The user of the connection string must be allowed to read `$all`.
 */
export class EventStoreDbEventStore implements EventStore {
  private readonly subscriptions = new Set<EventStoreDbAllSubscription>();

  constructor(
    private readonly client: EventStoreDbClient,
    private readonly options: EventStoreDbEventStoreOptions = {},
  ) {}

  /** An adapter with its own client for the given connection string; `close()` disposes it. */
  static fromConnectionString(
    connectionString: string,
    options?: EventStoreDbEventStoreOptions,
  ): EventStoreDbEventStore {
    return new EventStoreDbEventStore(connectToEventStoreDb(connectionString), options);
  }

  async appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    options: AppendOptions = {},
  ): Promise<AppendResult> {
    const expected = options.expectedRevision ?? 'any';
    assertAppendable(streamId, events, expected);
    refuseNewPersonKeys(options);
    await this.requireUnchanged(streamId, options.unchangedStreams ?? []);
    let written: ClientAppendResult;
    try {
      written = await this.client.appendToStream(streamId, events.map(toEventData), {
        streamState: toStreamState(expected),
      });
    } catch (error) {
      throw translateAppendError(error, streamId, expected, events);
    }
    return this.toAppendResult(streamId, events, expected, written);
  }

  /**
   * KurrentDB has no condition on another stream, so the streams a decision read are checked
   * just before the append: as fresh as reading them then, not atomic with it (ADR 47).
   */
  private async requireUnchanged(streamId: string, unchanged: readonly StreamAtRevision[]): Promise<void> {
    for (const read of unchanged) {
      if ((await this.lastRevision(read.streamId)) !== read.revision) {
        throw new StreamChangedError(streamId, read.streamId);
      }
    }
  }

  private async lastRevision(streamId: string): Promise<StreamRevision | null> {
    try {
      for await (const resolved of this.client.readStream(streamId, {
        direction: BACKWARDS,
        fromRevision: END,
        maxCount: 1,
      })) {
        if (resolved.event) return Number(resolved.event.revision);
      }
    } catch (error) {
      if (!isStreamNotFound(error)) throw error;
    }
    return null;
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const { fromRevision = 0, maxCount } = options;
    if (streamId.startsWith('$') || maxCount === 0) return [];
    const events: RecordedEvent[] = [];
    try {
      const read = this.client.readStream(streamId, {
        fromRevision: BigInt(fromRevision),
        maxCount: maxCount ?? Number.MAX_SAFE_INTEGER,
      });
      for await (const resolved of read) {
        const event = fromResolvedEvent(resolved);
        if (event) events.push(event);
      }
    } catch (error) {
      if (isStreamNotFound(error)) return [];
      throw error;
    }
    return events;
  }

  /**
   * Fills one batch, reading on past events the server sends but the port hides (system
   * events, the second prefix list); a shorter batch means the end of `$all` was reached.
   * The server makes an event readable only after every event before it in the log, so a
   * batch never skips an event that commits later.
   */
  async readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    const limit = Math.max(1, Math.min(options.maxCount, MAX_READ_BATCH));
    const filter = toServerFilter(options.filter);
    const events: RecordedEvent[] = [];
    let checkpoint = options.after;
    for (;;) {
      // One more than needed, as the inclusive start may hand back the checkpoint event.
      const requested = limit - events.length + (checkpoint === undefined ? 0 : 1);
      let received = 0;
      let scannedTo = checkpoint;
      for await (const resolved of this.client.readAll({
        fromPosition: toReadPosition(checkpoint),
        maxCount: requested,
        filter,
      })) {
        received += 1;
        scannedTo = commitPositionOf(resolved) ?? scannedTo;
        const event = toDeliverableEvent(resolved, checkpoint, options.filter);
        if (event) events.push(event);
        if (events.length === limit) return events;
      }
      if (received < requested || scannedTo === checkpoint) return events;
      checkpoint = scannedTo;
    }
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): AllSubscription {
    const subscription: EventStoreDbAllSubscription = new EventStoreDbAllSubscription(this.client, options, () =>
      this.subscriptions.delete(subscription),
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async streamExists(streamId: string): Promise<boolean> {
    return (await this.readStream(streamId, { maxCount: 1 })).length > 0;
  }

  /** Reads `$all` backwards from its end to the last event that is not a system event. */
  async headPosition(): Promise<GlobalPosition | null> {
    let from: ReadPosition = END;
    for (;;) {
      let received = 0;
      let last: ReadPosition | undefined;
      const page = this.client.readAll({
        direction: BACKWARDS,
        fromPosition: from,
        maxCount: HEAD_PAGE,
        filter: toServerFilter(undefined),
      });
      for await (const resolved of page) {
        received += 1;
        if (!resolved.event) continue;
        const position = commitPositionOf(resolved);
        if (position !== undefined && !isSystemEvent(resolved.event)) return position;
        last = resolved.event.position;
      }
      if (received < HEAD_PAGE || last === undefined) return null;
      from = last;
    }
  }

  /** Reads the newest event of `$all`, giving up after `pingTimeoutMs` (default 5 s). */
  async ping(): Promise<void> {
    const timeoutMs = this.options.pingTimeoutMs ?? 5_000;
    const read = (async () => {
      for await (const _ of this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 })) break;
    })();
    // After a timeout nobody awaits the read any more; its late failure must not go unhandled.
    read.catch(() => undefined);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`EventStoreDB did not answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      await Promise.race([read, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.close()));
    await this.client.dispose();
  }

  private async toAppendResult(
    streamId: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
    written: ClientAppendResult,
  ): Promise<AppendResult> {
    if (!written.success) {
      throw refusedAppend(
        streamId,
        expected,
        events,
        written.nextExpectedRevision < 0n ? 'no_stream' : written.nextExpectedRevision,
      );
    }
    const nextExpectedRevision = toStreamRevision(written.nextExpectedRevision);
    const lastEventId = events.at(-1)?.eventId ?? '';
    const position =
      writtenCommitPosition(written) ?? (await this.positionOfEvent(streamId, nextExpectedRevision, lastEventId));
    return { nextExpectedRevision, position };
  }

  /**
   * The position of an event already in the stream. Servers answer a repeated append with the
   * first append's revision but, before KurrentDB, without its position; the leader is asked
   * because a follower may not have the event yet.
   */
  private async positionOfEvent(streamId: string, revision: StreamRevision, eventId: string): Promise<GlobalPosition> {
    const read = this.client.readStream(streamId, {
      fromRevision: BigInt(revision),
      maxCount: 1,
      requiresLeader: true,
    });
    for await (const resolved of read) {
      const event = fromResolvedEvent(resolved);
      if (event?.eventId.toLowerCase() === eventId.toLowerCase()) return event.position;
    }
    throw new Error(`Event ${eventId} is not at revision ${revision} of ${streamId}, where the server placed it`);
  }
}

/** An EventStoreDB / KurrentDB event store for a connection string (`kurrentdb://…` or `esdb://…`). */
export function createEventStoreDbEventStore(connectionString: string): EventStore {
  return EventStoreDbEventStore.fromConnectionString(connectionString);
}
