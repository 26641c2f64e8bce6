import type { EventStore, ReadStreamOptions } from '../event-store.port';

export type StreamRead = [streamId: string, options: ReadStreamOptions | undefined];

/** The store as its caller sees it, noting which streams are read and how, in order. */
export function recordingReads(store: EventStore): { store: EventStore; reads: StreamRead[] } {
  const reads: StreamRead[] = [];
  const seen = Object.create(store) as EventStore;
  seen.readStream = (streamId, options) => {
    reads.push([streamId, options]);
    return store.readStream(streamId, options);
  };
  return { store: seen, reads };
}
