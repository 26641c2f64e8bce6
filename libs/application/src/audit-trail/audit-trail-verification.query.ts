import { DomainError } from '#domain';
import { verifyAuditTrail, type AuditTrailVerification, type EventStore, type StreamHeads } from '#event-store';
import { ForbiddenCommandError } from '../application-errors';
import { municipalitiesOfStream, streamInScope } from './audit-trail-scope';

export interface AuditTrailRequest {
  /** Check this stream only; every stream when absent. */
  readonly streamId?: string;
  /** The caller's municipalities: only their streams, and those of none, are counted and reported. */
  readonly municipalities: readonly string[];
}

/**
 * Walks the store itself (give it the sealed store, with personal data as stored), so the
 * answer covers every recorded event, including those of the caller's last command, and stays
 * valid after a person is forgotten. A stream asked for must exist (or be known by its head)
 * and belong to the caller's municipalities.
 */
export async function auditTrailVerification(
  store: EventStore,
  heads: StreamHeads | undefined,
  request: AuditTrailRequest,
): Promise<AuditTrailVerification> {
  const { streamId, municipalities } = request;
  if (streamId !== undefined) await checkStreamScope(store, heads, streamId, municipalities);
  return verifyAuditTrail(store, {
    ...(streamId === undefined ? {} : { streamId }),
    ...(heads ? { heads } : {}),
    inScope: streamInScope(municipalities),
  });
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
