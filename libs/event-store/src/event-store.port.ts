import type { EventToAppend, GlobalPosition, RecordedEvent, StreamRevision } from './event-envelope';
import type { ExpectedRevision } from './expected-revision';

export interface AppendOptions {
  /** Defaults to `any`. */
  readonly expectedRevision?: ExpectedRevision;
  /**
   * Keys just made for people who have none yet, which the events' personal data is sealed
   * with (ADR 0046). A store that keeps keys in its own database writes them in the append's
   * transaction, saving a round trip, and refuses the whole append with `PersonKeysTakenError`
   * when any of these people has a key row already. A store that cannot refuses every append
   * that carries them, so no event is ever sealed under a key that was not kept.
   */
  readonly newPersonKeys?: readonly NewPersonKey[];
  /**
   * Other streams the decision behind this append read, at the revision it read them (ADR
   * 0047). The append is refused with `StreamChangedError`, and nothing written, when any of
   * them is at another revision; so a rule across streams may judge a state remembered from
   * an earlier command instead of reading it again.
   */
  readonly unchangedStreams?: readonly StreamAtRevision[];
}

/** A stream as a decision saw it: its last event's revision, `null` when it did not exist. */
export interface StreamAtRevision {
  readonly streamId: string;
  readonly revision: StreamRevision | null;
}

/** A person's key as the key table stores it (wrapped by the master key). */
export interface NewPersonKey {
  readonly personId: string;
  readonly storedKey: Buffer;
}

/** What an append answers; a repeated (idempotent) append answers the first one's result. */
export interface AppendResult {
  /** Revision of the stream's last event after the append. */
  readonly nextExpectedRevision: StreamRevision;
  /** Global position of the append's last event. */
  readonly position: GlobalPosition;
}

export interface ReadStreamOptions {
  /** First revision to read (inclusive); defaults to 0. */
  readonly fromRevision?: StreamRevision;
  readonly maxCount?: number;
  /**
   * For reads that judge rules and need nobody's personal data: a store that seals personal
   * data answers it as erased without looking up a key (see `CryptoShreddingEventStore`);
   * other stores ignore it.
   */
  readonly withholdPersonalData?: boolean;
}

/**
 * Server-side filter for `$all`: an event passes when, for each list given, it starts with
 * one of that list's prefixes.
 */
export interface AllFilter {
  readonly streamIdPrefixes?: readonly string[];
  readonly eventTypePrefixes?: readonly string[];
}

export interface ReadAllOptions {
  /** Read events strictly after this position (a checkpoint); from the start when absent. */
  readonly after?: GlobalPosition;
  /** Batch size; adapters cap it. */
  readonly maxCount: number;
  readonly filter?: AllFilter;
}

export interface SubscribeToAllOptions {
  /** Deliver events strictly after this position; from the start when absent. */
  readonly after?: GlobalPosition;
  readonly filter?: AllFilter;
}

/**
 * Catch-up-then-live subscription to `$all`: iterate it with `for await`; it ends when
 * {@link AllSubscription.close} is called and rethrows a failure of the underlying store.
 */
export interface AllSubscription extends AsyncIterable<RecordedEvent> {
  close(): Promise<void>;
}

/**
 * The event store port. Every adapter passes the conformance suite in `testing/`.
 * System streams of the underlying store (`$…`) never appear in reads.
 */
export interface EventStore {
  /**
   * Appends events atomically to one stream. Throws {@link WrongExpectedRevisionError} on a
   * concurrency conflict; appending events whose ids are all stored as exactly this batch
   * returns the first result and writes nothing.
   */
  appendToStream(streamId: string, events: readonly EventToAppend[], options?: AppendOptions): Promise<AppendResult>;

  /** The stream's events in revision order; an empty array when the stream does not exist. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;

  /** One batch of `$all` in global order. Never skips an event that commits later. */
  readAll(options: ReadAllOptions): Promise<RecordedEvent[]>;

  subscribeToAll(options?: SubscribeToAllOptions): AllSubscription;

  streamExists(streamId: string): Promise<boolean>;

  /** Position of the last event readers can see, or `null` for an empty store. */
  headPosition(): Promise<GlobalPosition | null>;

  /** Cheap round trip for health checks; throws when the store cannot be reached. */
  ping(): Promise<void>;

  close(): Promise<void>;
}

/** Nest injection token for the configured {@link EventStore}. */
/**
 * Word that appends have committed, for a reader that polls: it can wait for the next append
 * instead of a fixed pause. Only a hint; a reader still polls, since a word can be lost.
 */
export interface AppendSignal {
  /** A count that moves on with every append heard of. */
  heard(): number;
  /** Resolves once the count differs from `since`, or after `timeoutMs`. */
  wait(since: number, timeoutMs: number): Promise<void>;
}

export const EVENT_STORE = Symbol('EventStore');
