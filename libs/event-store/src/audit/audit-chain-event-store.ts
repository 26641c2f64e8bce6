import type { EventToAppend, RecordedEvent, StreamRevision } from '../event-envelope';
import { assertAppendable } from '../append-guard';
import { DuplicateEventIdError, WrongExpectedRevisionError } from '../event-store.errors';
import type { AppendOptions, AppendResult, EventStore, ReadStreamOptions } from '../event-store.port';
import { ForwardingEventStore } from '../forwarding-event-store';
import { chainEvents, linkHashOf } from './audit-chain';
import { StreamLinkCache, type KnownLink } from './stream-link-cache';

export interface AuditChainOptions {
  /**
   * How often an append with expected revision `any` or `stream_exists` is retried when
   * another writer appended between finding the stream's head and appending; default 20.
   */
  readonly maxAttempts?: number;
  /** Streams whose newest link hash is kept in memory; default 10,000. */
  readonly cachedStreams?: number;
}

/** The stream's last event as far as a writer knows: revision -1 and no hash when it is empty. */
interface StreamHead {
  readonly revision: StreamRevision;
  readonly hash: string | null;
  readonly tail: readonly RecordedEvent[];
}

const NO_HEAD: StreamHead = { revision: -1, hash: null, tail: [] };

/**
 * Wraps any event store so every appended event records, in `metadata.auditChain`, the hash
 * of its stream predecessor and of its own content (ADR 0010). Reads pass through untouched.
 *
 * A link is only right at the revision it was made for, so every append reaches the store
 * with an exact expected revision: `any` and `stream_exists` are resolved to the stream's
 * current revision and retried a bounded number of times when another writer got there
 * first. Place it beneath the crypto-shredding decorator, so it hashes personal data as
 * stored: sealed.
 */
export class AuditChainEventStore extends ForwardingEventStore {
  private readonly links: StreamLinkCache;
  private readonly maxAttempts: number;

  constructor(inner: EventStore, options: AuditChainOptions = {}) {
    super(inner);
    this.links = new StreamLinkCache(options.cachedStreams ?? 10_000);
    this.maxAttempts = options.maxAttempts ?? 20;
  }

  override async appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    options: AppendOptions = {},
  ): Promise<AppendResult> {
    const expected = options.expectedRevision ?? 'any';
    // Refuse a malformed append before spending a read on it.
    assertAppendable(streamId, events, expected);
    if (expected === 'no_stream') return this.appendAt(streamId, events, 'no_stream', NO_HEAD, options);
    if (typeof expected === 'number') {
      return this.appendAt(streamId, events, expected, await this.headAt(streamId, expected), options);
    }
    return this.appendAtCurrentHead(streamId, events, expected, options);
  }

  override async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const events = await this.inner.readStream(streamId, options);
    this.rememberLast(streamId, events, (options.fromRevision ?? 0) === 0 ? null : 'unknown');
    return events;
  }

  private async appendAt(
    streamId: string,
    events: readonly EventToAppend[],
    expected: 'no_stream' | StreamRevision,
    head: StreamHead,
    options: AppendOptions,
  ): Promise<AppendResult> {
    const chained = chainEvents(streamId, events, head.revision + 1, head.hash);
    // Nothing is remembered from the answer: a repeated append answers the first one's result,
    // whose stored links may differ from ours (a retry received at another moment). Links are
    // remembered only from events as read back.
    return this.inner.appendToStream(streamId, chained, { ...options, expectedRevision: expected });
  }

  private async appendAtCurrentHead(
    streamId: string,
    events: readonly EventToAppend[],
    expected: 'any' | 'stream_exists',
    options: AppendOptions,
  ): Promise<AppendResult> {
    let actual: StreamRevision | null = null;
    for (let attempt = 0; attempt < this.maxAttempts; attempt += 1) {
      const head = await this.currentHead(streamId);
      const repeated = repeatedAppend(streamId, events, head.tail);
      if (repeated) return repeated;
      if (head.revision === -1 && expected === 'stream_exists') {
        throw new WrongExpectedRevisionError(streamId, expected, null);
      }
      try {
        return await this.appendAt(streamId, events, head.revision === -1 ? 'no_stream' : head.revision, head, options);
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
        actual = error.actual;
      }
    }
    throw new WrongExpectedRevisionError(streamId, expected, actual);
  }

  /** The stream's last event, read from the newest link known onwards. */
  private async currentHead(streamId: string): Promise<StreamHead> {
    const known = this.links.get(streamId);
    const tail = await this.inner.readStream(streamId, { fromRevision: known ? known.revision + 1 : 0 });
    const last = this.rememberLast(streamId, tail, known ?? null);
    return last ? { ...last, tail } : known ? { ...known, tail } : NO_HEAD;
  }

  /** The head for an append that expects the stream at exactly `revision`. */
  private async headAt(streamId: string, revision: StreamRevision): Promise<StreamHead> {
    const known = this.links.get(streamId);
    if (known?.revision === revision) return { ...known, tail: [] };
    const [event] = await this.inner.readStream(streamId, { fromRevision: revision, maxCount: 1 });
    if (event?.streamRevision !== revision) {
      // The stream is not at that revision: refuse as the store would, naming where it is.
      const all = await this.inner.readStream(streamId);
      throw new WrongExpectedRevisionError(streamId, revision, all.at(-1)?.streamRevision ?? null);
    }
    const chained = event.metadata.auditChain;
    if (chained) return { revision, hash: linkHashOf(event, chained.previousHash), tail: [] };
    // Recorded before the chain existed: its link hash depends on every event before it.
    const prefix = await this.inner.readStream(streamId, { maxCount: revision + 1 });
    const last = this.rememberLast(streamId, prefix, null);
    return { revision, hash: last?.hash ?? null, tail: [] };
  }

  /**
   * Remembers and answers the link hash of the last of these consecutive events when it can
   * be known: from its own link, or by folding from the link before the first of them
   * (`null` when they start the stream).
   */
  private rememberLast(
    streamId: string,
    events: readonly RecordedEvent[],
    before: KnownLink | null | 'unknown',
  ): KnownLink | undefined {
    const last = events.at(-1);
    if (!last) return undefined;
    // Links never change once stored: a stream read again at the same head costs no hashing.
    const known = this.links.get(streamId);
    if (known?.revision === last.streamRevision) return known;
    let hash: string | null;
    if (last.metadata.auditChain) {
      hash = linkHashOf(last, null);
    } else if (before === 'unknown') {
      return undefined;
    } else {
      hash = before?.hash ?? null;
      for (const event of events) hash = linkHashOf(event, hash);
    }
    const link = { revision: last.streamRevision, hash: hash as string };
    this.links.remember(streamId, link);
    return link;
  }
}

/**
 * The first result again when this exact batch is already the stream's tail: the store would
 * recognise the repeat by its event ids, but not at the new revision the retry expects.
 */
function repeatedAppend(
  streamId: string,
  events: readonly EventToAppend[],
  tail: readonly RecordedEvent[],
): AppendResult | undefined {
  const ids = new Set(events.map((e) => e.eventId.toLowerCase()));
  const stored = tail.filter((e) => ids.has(e.eventId.toLowerCase()));
  if (stored.length === 0) return undefined;
  const exact =
    stored.length === events.length &&
    stored.every(
      (e, i) =>
        e.eventId.toLowerCase() === events[i]?.eventId.toLowerCase() &&
        e.streamRevision === (stored[0]?.streamRevision ?? 0) + i,
    );
  if (!exact) throw new DuplicateEventIdError(streamId, [...ids]);
  const last = stored.at(-1) as RecordedEvent;
  return { nextExpectedRevision: last.streamRevision, position: last.position };
}
