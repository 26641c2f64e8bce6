import { DomainError } from '#domain';
import {
  verifyAuditTrail,
  type AuditTrailVerification,
  type EventStore,
  type GlobalPosition,
  type StreamHeads,
} from '#event-store';
import { InMemoryVerifiedTrail, type VerifiedStream, type VerifiedTrailStore } from '#evidence';
import { ForbiddenCommandError } from '../application-errors';
import { municipalitiesOfStream, streamInScope } from './audit-trail-scope';

export interface AuditTrailRequest {
  /** Check this stream only; every stream when absent. */
  readonly streamId?: string;
  /** The caller's municipalities: only their streams, and those of none, are counted and reported. */
  readonly municipalities: readonly string[];
}

/** New events one request takes in at most: a request never starts work that grows with the log. */
export const MOST_EVENTS_PER_REQUEST = 2_000;
/** Streams one request walks at most; the next request carries on where it stopped. */
export const MOST_STREAMS_PER_REQUEST = 200;

/**
 * Reads the store itself (give it the sealed store, with personal data as stored), so the
 * answer stays valid after a person is forgotten. One stream asked for is walked whole; it must
 * exist (or be known by its head) and belong to the caller's municipalities.
 *
 * The whole store is verified incrementally (issue #22, point 6): `trail` remembers each
 * stream's outcome and the position through which every event's stream was walked, so a
 * request walks only the streams of events new since (at most {@link MOST_EVENTS_PER_REQUEST}
 * of them) and those whose head moved; `throughPosition` says how far the answer reaches.
 * Changes to events walked before are for `verify-evidence` against the signed checkpoints
 * (ADR 0030) and the CLI's full walk, not for a request to find.
 */
export async function auditTrailVerification(
  store: EventStore,
  heads: StreamHeads | undefined,
  request: AuditTrailRequest,
  trail: VerifiedTrailStore = new InMemoryVerifiedTrail(),
): Promise<AuditTrailVerification> {
  const { streamId, municipalities } = request;
  if (streamId !== undefined) {
    await checkStreamScope(store, heads, streamId, municipalities);
    return verifyAuditTrail(store, { streamId, ...(heads ? { heads } : {}), inScope: streamInScope(municipalities) });
  }
  await walkWhatIsNew(store, heads, trail);
  const summary = await trail.summary(municipalities);
  return {
    intact: summary.firstBroken === null,
    checked: summary.checked,
    unchained: summary.unchained,
    streams: summary.streams,
    throughPosition: summary.throughPosition,
    ...(summary.firstBroken ? { firstBroken: summary.firstBroken } : {}),
  };
}

/** Walks the streams of new events, then (once caught up) those whose recorded head moved past the walk. */
async function walkWhatIsNew(
  store: EventStore,
  heads: StreamHeads | undefined,
  trail: VerifiedTrailStore,
): Promise<void> {
  const after = await trail.throughPosition();
  const tail = await store.readAll({ ...(after === null ? {} : { after }), maxCount: MOST_EVENTS_PER_REQUEST });
  const due = new Set<string>();
  let through: GlobalPosition | null = null;
  for (const event of tail) {
    if (!due.has(event.streamId) && due.size >= MOST_STREAMS_PER_REQUEST) break;
    due.add(event.streamId);
    through = event.position;
  }
  const caughtUp = through === (tail.at(-1)?.position ?? null) && tail.length < MOST_EVENTS_PER_REQUEST;
  if (caughtUp && heads) {
    const walked = await trail.lastRevisions();
    for await (const head of heads.all()) {
      if (due.size >= MOST_STREAMS_PER_REQUEST) break;
      if (head.revision > (walked.get(head.streamId) ?? -1)) due.add(head.streamId);
    }
  }
  const streams: VerifiedStream[] = [];
  for (const streamId of due) streams.push(await walkStream(store, heads, streamId));
  await trail.save(through, streams);
}

async function walkStream(
  store: EventStore,
  heads: StreamHeads | undefined,
  streamId: string,
): Promise<VerifiedStream> {
  const [first] = await store.readStream(streamId, { maxCount: 1 });
  const walk = await verifyAuditTrail(store, { streamId, ...(heads ? { heads } : {}) });
  const broken = walk.firstBroken ?? null;
  return {
    streamId,
    owners: first ? municipalitiesOfStream(first) : [],
    firstEventBroken: !first || broken?.revision === 0,
    checked: walk.checked,
    unchained: walk.unchained,
    // Gaps make this short of the head, so such a stream is walked again while it is broken.
    lastRevision: walk.checked - 1,
    lastPosition: walk.throughPosition,
    firstBroken: broken,
  };
}

async function checkStreamScope(
  store: EventStore,
  heads: StreamHeads | undefined,
  streamId: string,
  municipalities: readonly string[],
): Promise<void> {
  const [first] = await store.readStream(streamId, { maxCount: 1 });
  if (!first) {
    // A stream whose events are all gone is still known by its head: verification reports it.
    if ((await heads?.headOf(streamId)) != null) return;
    throw new DomainError('AUDIT_TRAIL.STREAM_NOT_FOUND', 'There is no such stream.', 'not-found');
  }
  if (!streamInScope(municipalities)(first)) {
    throw new ForbiddenCommandError(`You do not act for ${municipalitiesOfStream(first).join(', ')}.`);
  }
}
