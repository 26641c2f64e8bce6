import type { StreamRevision } from '../event-envelope';

/** The link hash of one known event of a stream. */
export interface KnownLink {
  readonly revision: StreamRevision;
  readonly hash: string;
}

/**
 * The newest link hash seen per stream, for the streams used most recently. A command reads
 * its stream just before it appends, so the append usually finds its predecessor's hash here
 * and needs no extra read. Entries are facts about stored events and never go stale; a
 * stream that moved on is simply read from the known revision onwards.
 */
export class StreamLinkCache {
  private readonly links = new Map<string, KnownLink>();

  constructor(private readonly capacity: number) {}

  get(streamId: string): KnownLink | undefined {
    const link = this.links.get(streamId);
    if (link) {
      // Map iteration order is insertion order: re-inserting marks the stream as used.
      this.links.delete(streamId);
      this.links.set(streamId, link);
    }
    return link;
  }

  /** Remembers the link unless a newer one of the stream is already known. */
  remember(streamId: string, link: KnownLink): void {
    const known = this.links.get(streamId);
    if (known && known.revision >= link.revision) return;
    this.links.delete(streamId);
    this.links.set(streamId, link);
    if (this.links.size > this.capacity) {
      const oldest = this.links.keys().next();
      if (!oldest.done) this.links.delete(oldest.value);
    }
  }
}
