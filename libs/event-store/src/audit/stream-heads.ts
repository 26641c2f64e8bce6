import type { StreamRevision } from '../event-envelope';

/** A stream's revision as the store's own bookkeeping records it, apart from its events. */
export interface StreamHead {
  readonly streamId: string;
  readonly revision: StreamRevision;
}

/**
 * Where a store keeps each stream's current revision separately from the events (PostgreSQL:
 * `es_streams`). Verification compares it with the events it finds, which is the only way to
 * notice that the last events of a stream were deleted: nothing after them links to them.
 */
export interface StreamHeads {
  /** The recorded revision of one stream, or `null` when the store knows no such stream. */
  headOf(streamId: string): Promise<StreamRevision | null>;
  /** Every stream's recorded revision, in pages. */
  all(): AsyncIterable<StreamHead>;
}
