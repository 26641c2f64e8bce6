import { createHash } from 'node:crypto';
import type { AuditChainLink, EventMetadata, EventToAppend, RecordedEvent, StreamRevision } from '../event-envelope';
import { canonicalJson } from './canonical-json';

/** The version of the hashing rules below; recorded in every link. */
export const AUDIT_CHAIN_VERSION = 1;

/** What an event's content hash covers: everything about it that never changes once stored. */
export interface ChainedContent {
  readonly streamId: string;
  readonly streamRevision: StreamRevision;
  readonly eventId: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: EventMetadata;
}

/**
 * SHA-256 (hex) over the canonical JSON of the event's stream id, revision, id, type, data
 * and metadata (without its own `auditChain`), and the link hash of its predecessor.
 *
 * The data is hashed as stored: personal data is already sealed by then, so forgetting a
 * person (which deletes only the key) leaves every hash valid. The position and the recorded
 * time are left out: the store assigns them while appending, after the hash is made.
 */
export function contentHashOf(event: ChainedContent, previousHash: string | null): string {
  const content = {
    version: AUDIT_CHAIN_VERSION,
    streamId: event.streamId,
    streamRevision: event.streamRevision,
    // PostgreSQL answers uuids in lower case, whatever case they were written in.
    eventId: event.eventId.toLowerCase(),
    type: event.type,
    data: event.data,
    metadata: withoutChain(event.metadata),
    previousHash,
  };
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

/**
 * The events of one append with their chain links, the first at `firstRevision` following an
 * event whose link hash is `previousHash` (`null` when the append starts the stream).
 */
export function chainEvents(
  streamId: string,
  events: readonly EventToAppend[],
  firstRevision: StreamRevision,
  previousHash: string | null,
): EventToAppend[] {
  let previous = previousHash;
  return events.map((event, index) => {
    const metadata = withoutChain(event.metadata);
    const contentHash = contentHashOf(
      { ...event, metadata, streamId, streamRevision: firstRevision + index },
      previous,
    );
    const auditChain: AuditChainLink = { version: AUDIT_CHAIN_VERSION, previousHash: previous, contentHash };
    previous = contentHash;
    return { ...event, metadata: { ...metadata, auditChain } };
  });
}

/**
 * The event's chain link when it carries a well-formed one, `undefined` when it carries none
 * (recorded before the chain existed), and `'malformed'` when the field is there but is not a
 * link this version understands.
 */
export function chainLinkOf(event: RecordedEvent): AuditChainLink | undefined | 'malformed' {
  const link: unknown = (event.metadata as { auditChain?: unknown }).auditChain;
  if (link === undefined) return undefined;
  if (typeof link !== 'object' || link === null) return 'malformed';
  const { version, previousHash, contentHash } = link as Record<string, unknown>;
  const isHash = (value: unknown): value is string => typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);
  if (version !== AUDIT_CHAIN_VERSION || !isHash(contentHash) || !(previousHash === null || isHash(previousHash))) {
    return 'malformed';
  }
  return { version, previousHash, contentHash };
}

/**
 * The hash the next event of the stream links to: the recorded content hash of a chained
 * event, or for an event recorded before the chain existed the hash it would have had. So the
 * first chained event of an older stream also seals the events before it.
 */
export function linkHashOf(event: RecordedEvent, previousHash: string | null): string {
  const link = chainLinkOf(event);
  return typeof link === 'object' ? link.contentHash : contentHashOf(event, previousHash);
}

function withoutChain(metadata: EventMetadata): EventMetadata {
  if (!('auditChain' in metadata)) return metadata;
  const { auditChain: _chain, ...rest } = metadata;
  return rest;
}
