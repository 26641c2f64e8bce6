import { AUDIT_CHAIN_VERSION, contentHashOf, type AuditChainLink, type EventMetadata } from '#event-store';

/** An event about to be written, without its revision and chain link. */
export interface UnchainedEvent {
  readonly streamId: string;
  readonly eventId: string;
  readonly type: string;
  /** The data as stored, personal data sealed. */
  readonly data: unknown;
  /** Metadata as stored, without `auditChain`. */
  readonly metadata: EventMetadata;
}

/** Where an event goes in its stream, and the link that chains it there. */
export interface ChainedPlace {
  readonly streamRevision: number;
  readonly metadata: EventMetadata & { readonly auditChain: AuditChainLink };
}

interface Head {
  readonly revision: number;
  readonly hash: string;
}

/**
 * The newest revision and link hash of every stream the generator writes, so copied events
 * are chained as `AuditChainEventStore` chains live ones (ADR 0010): each gets the next
 * revision of its stream, in the order the events are written, and a link to its
 * predecessor's hash. A copy's own streams are new; a stream that outlives the stories (the
 * participation body, the municipalities) keeps its head, so a copy that appends to it
 * continues the stream where the previous writer left it.
 */
export class StreamChains {
  private readonly heads = new Map<string, Head>();
  private readonly lasting = new Set<string>();

  /** Records an event that is already chained (by the decorator) as its stream's head. */
  note(streamId: string, revision: number, link: AuditChainLink): void {
    this.heads.set(streamId, { revision, hash: link.contentHash });
  }

  /** The next place in the event's stream, with the link to the stream's head; that becomes the head. */
  next(event: UnchainedEvent): ChainedPlace {
    const head = this.heads.get(event.streamId);
    const streamRevision = head ? head.revision + 1 : 0;
    const previousHash = head?.hash ?? null;
    const contentHash = contentHashOf({ ...event, streamRevision }, previousHash);
    this.heads.set(event.streamId, { revision: streamRevision, hash: contentHash });
    return {
      streamRevision,
      metadata: { ...event.metadata, auditChain: { version: AUDIT_CHAIN_VERSION, previousHash, contentHash } },
    };
  }

  /** Keeps every stream known so far for good: they outlive the stories that follow. */
  settle(): void {
    for (const streamId of this.heads.keys()) this.lasting.add(streamId);
  }

  /** Forgets the streams of the stories written so far: no later event appends to them. */
  endStories(): void {
    for (const streamId of this.heads.keys()) if (!this.lasting.has(streamId)) this.heads.delete(streamId);
  }
}
