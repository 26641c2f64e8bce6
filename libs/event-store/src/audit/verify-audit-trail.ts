import type { GlobalPosition, RecordedEvent, StreamRevision } from '../event-envelope';
import type { EventStore } from '../event-store.port';
import { chainLinkOf, contentHashOf, linkHashOf } from './audit-chain';
import type { StreamHead, StreamHeads } from './stream-heads';

/** Why a link in the trail does not hold. */
export type BrokenLinkReason =
  /** The event's content no longer hashes to the hash recorded with it: it was edited. */
  | 'content-changed'
  /** The event records another predecessor hash than its predecessor has: that one was replaced. */
  | 'predecessor-changed'
  /** A revision before this event is not there: an event was deleted. */
  | 'predecessor-missing'
  /** Revisions and positions disagree: events were moved. */
  | 'out-of-order'
  /** An event without a chain link follows chained ones: its link was removed. */
  | 'chain-removed'
  /** The chain link is there but is not one these rules can read. */
  | 'malformed-link'
  /** The store records a later revision than the last event found: the last events were deleted. */
  | 'last-events-missing';

/** The first place where the trail does not hold. */
export interface BrokenLink {
  readonly streamId: string;
  /** Revision of the event where the link breaks; for missing last events, the revision the store records. */
  readonly revision: StreamRevision;
  /** Position of that event, or `null` when it is the one missing. */
  readonly position: GlobalPosition | null;
  readonly reason: BrokenLinkReason;
  /** One sentence for an evaluator. */
  readonly detail: string;
}

export interface AuditTrailVerification {
  /** Whether every checked event holds its link. */
  readonly intact: boolean;
  /** Events checked. */
  readonly checked: number;
  /**
   * Of those, events recorded before the chain existed. Each is covered by the first chained
   * event after it in its stream, if there is one; the newest of them are not yet covered.
   */
  readonly unchained: number;
  /** Streams checked. */
  readonly streams: number;
  /** Position of the last event checked; `null` when there was none. */
  readonly throughPosition: GlobalPosition | null;
  readonly firstBroken?: BrokenLink;
}

export interface VerifyAuditTrailOptions {
  /** Check this stream only; every stream when absent. */
  readonly streamId?: string;
  /** The store's own record of stream revisions, to notice deleted last events. */
  readonly heads?: StreamHeads;
  /**
   * Whether a stream counts for the caller, decided on its first event: every event is still
   * checked, but only streams in scope are counted and reported. A stream whose first event
   * fails its check is in every scope, as that event cannot be trusted to say whose it is.
   */
  readonly inScope?: (firstEvent: RecordedEvent) => boolean;
  /** Events read per batch; default 1,000. */
  readonly batchSize?: number;
  /** Called after every batch. */
  readonly onProgress?: (progress: { checked: number; position: GlobalPosition }) => void;
}

/**
 * Checks that the recorded events are whole and untouched (ADR 0010): every event's content
 * still gives the hash recorded with it, every event links to the hash of the event before it
 * in its stream, revisions follow each other without gaps in the order of their positions,
 * and (with `heads`) no stream's last events are gone. Reads the store as it is, with personal
 * data sealed, so forgetting a person does not break the trail.
 */
export async function verifyAuditTrail(
  store: EventStore,
  options: VerifyAuditTrailOptions = {},
): Promise<AuditTrailVerification> {
  const trail = new TrailCheck(store, options.inScope ?? (() => true));
  const batchSize = options.batchSize ?? 1_000;
  if (options.streamId === undefined) {
    let after: GlobalPosition | undefined;
    for (;;) {
      const batch = await store.readAll({ after, maxCount: batchSize });
      for (const event of batch) await trail.check(event);
      const last = batch.at(-1);
      if (!last) break;
      after = last.position;
      options.onProgress?.({ checked: trail.checked, position: after });
    }
    if (options.heads) for await (const head of options.heads.all()) await trail.checkHead(head);
  } else {
    await trail.checkStream(options.streamId, batchSize, options.onProgress);
    const revision = await options.heads?.headOf(options.streamId);
    if (revision !== undefined && revision !== null) await trail.checkHead({ streamId: options.streamId, revision });
  }
  return trail.result();
}

/** What is known of one stream so far. */
interface StreamTrail {
  inScope: boolean;
  /** The revision the next event must have. */
  next: StreamRevision;
  /** Link hash of the last event (`null` before the first). */
  link: string | null;
  lastPosition: GlobalPosition;
  /** Whether a chained event was seen: from then on every event must be chained. */
  chained: boolean;
}

class TrailCheck {
  private readonly streams = new Map<string, StreamTrail>();
  private firstBroken: BrokenLink | undefined;
  private throughPosition: GlobalPosition | null = null;
  checked = 0;
  private unchained = 0;

  constructor(
    private readonly store: EventStore,
    private readonly inScope: (firstEvent: RecordedEvent) => boolean,
  ) {}

  async checkStream(
    streamId: string,
    batchSize: number,
    onProgress: VerifyAuditTrailOptions['onProgress'],
  ): Promise<void> {
    let fromRevision = 0;
    for (;;) {
      const batch = await this.store.readStream(streamId, { fromRevision, maxCount: batchSize });
      for (const event of batch) await this.check(event);
      const last = batch.at(-1);
      if (!last || batch.length < batchSize) return;
      fromRevision = last.streamRevision + 1;
      onProgress?.({ checked: this.checked, position: last.position });
    }
  }

  async check(event: RecordedEvent): Promise<void> {
    let trail = this.streams.get(event.streamId);
    const first = !trail;
    if (!trail) {
      trail = { inScope: this.inScope(event), next: 0, link: null, lastPosition: -1n, chained: false };
      this.streams.set(event.streamId, trail);
    }
    const problem = await this.problemOf(trail, event);
    // A first event that fails its check cannot be trusted to say whose stream it is.
    if (first && problem) trail.inScope = true;
    const link = chainLinkOf(event);
    if (trail.inScope) {
      this.checked += 1;
      if (link === undefined) this.unchained += 1;
      this.firstBroken ??= problem;
      if (this.throughPosition === null || event.position > this.throughPosition) {
        this.throughPosition = event.position;
      }
    }
    // An event from the stream's past was reported above; the chain carries on from where it was.
    if (event.streamRevision < trail.next) return;
    // Carry on from this event, so one break is reported once, not again for every event after it.
    trail.link = linkHashOf(event, trail.link);
    trail.next = event.streamRevision + 1;
    trail.lastPosition = event.position;
    trail.chained ||= typeof link === 'object';
  }

  /** Compares a stream's recorded revision with the events found, reading on past the walk. */
  async checkHead({ streamId, revision }: StreamHead): Promise<void> {
    const through = (): StreamRevision => (this.streams.get(streamId)?.next ?? 0) - 1;
    if (revision <= through()) return;
    // Appended after the walk passed, or gone: ask the stream itself.
    const rest = await this.store.readStream(streamId, { fromRevision: through() + 1 });
    for (const event of rest) await this.check(event);
    const last = through();
    if (revision <= last || this.streams.get(streamId)?.inScope === false) return;
    this.firstBroken ??= {
      streamId,
      revision,
      position: null,
      reason: 'last-events-missing',
      detail:
        last < 0
          ? `The store records the stream at revision ${revision}, but none of its events is there.`
          : `The store records the stream at revision ${revision}, but its last event is revision ${last}.`,
    };
  }

  result(): AuditTrailVerification {
    const streams = [...this.streams.values()].filter((s) => s.inScope).length;
    return {
      intact: this.firstBroken === undefined,
      checked: this.checked,
      unchained: this.unchained,
      streams,
      throughPosition: this.throughPosition,
      ...(this.firstBroken ? { firstBroken: this.firstBroken } : {}),
    };
  }

  private async problemOf(trail: StreamTrail, event: RecordedEvent): Promise<BrokenLink | undefined> {
    const broken = (reason: BrokenLinkReason, detail: string): BrokenLink => ({
      streamId: event.streamId,
      revision: event.streamRevision,
      position: event.position,
      reason,
      detail,
    });
    const { streamRevision: revision, position } = event;
    if (revision < trail.next || position <= trail.lastPosition) {
      return broken(
        'out-of-order',
        `Revision ${revision} at position ${position} comes after revision ${trail.next - 1} at position ${trail.lastPosition}.`,
      );
    }
    if (revision > trail.next) return this.gapAt(trail, event, broken);
    const link = chainLinkOf(event);
    if (link === 'malformed') return broken('malformed-link', `Revision ${revision} carries an unreadable chain link.`);
    if (link === undefined) {
      return trail.chained
        ? broken('chain-removed', `Revision ${revision} has no chain link, though the events before it have.`)
        : undefined;
    }
    if (contentHashOf(event, link.previousHash) !== link.contentHash) {
      return broken('content-changed', `Revision ${revision} no longer matches the hash recorded with it.`);
    }
    if (link.previousHash !== trail.link) {
      return broken(
        'predecessor-changed',
        revision === 0
          ? 'The first event of the stream links to a predecessor.'
          : `Revision ${revision} links to another revision ${revision - 1} than the one recorded.`,
      );
    }
    return undefined;
  }

  /** A revision is skipped: it was deleted, or it is recorded later than this event (moved). */
  private async gapAt(
    trail: StreamTrail,
    event: RecordedEvent,
    broken: (reason: BrokenLinkReason, detail: string) => BrokenLink,
  ): Promise<BrokenLink> {
    const [skipped] = await this.store.readStream(event.streamId, { fromRevision: trail.next, maxCount: 1 });
    if (skipped?.streamRevision === trail.next && skipped.position > event.position) {
      return broken(
        'out-of-order',
        `Revision ${trail.next} is recorded at position ${skipped.position}, after revision ${event.streamRevision} at position ${event.position}.`,
      );
    }
    return broken(
      'predecessor-missing',
      trail.next === 0
        ? `The stream starts at revision ${event.streamRevision}: revision 0 is missing.`
        : `Revision ${trail.next} is missing: revision ${trail.next - 1} is followed by revision ${event.streamRevision}.`,
    );
  }
}
