import {
  WrongExpectedRevisionError,
  type AllSubscription,
  type AppendOptions,
  type AppendResult,
  type EventStore,
  type EventToAppend,
  type GlobalPosition,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
} from '#event-store';

/**
 * The generator's event store: streams in memory, so the real command pipeline (deciders,
 * cross-stream rules, sealing) runs at memory speed, and every appended event waits in
 * {@link MemoryEventStore.takeAppended} to be written to PostgreSQL in bulk. Streams whose
 * story has ended are dropped with {@link MemoryEventStore.forget} to keep memory flat.
 * Positions here are provisional; the bulk loader assigns the store's real ones.
 */
export class MemoryEventStore implements EventStore {
  private readonly streams = new Map<string, RecordedEvent[]>();
  private appended: RecordedEvent[] = [];
  private position = 0n;

  appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    options: AppendOptions = {},
  ): Promise<AppendResult> {
    const stream = this.streams.get(streamId);
    const actual = stream ? stream.length - 1 : null;
    const expected = options.expectedRevision ?? 'any';
    const fits =
      expected === 'any' ||
      (expected === 'no_stream' && actual === null) ||
      (expected === 'stream_exists' && actual !== null) ||
      expected === actual;
    if (!fits) return Promise.reject(new WrongExpectedRevisionError(streamId, expected, actual));
    const recorded = events.map((event, index) => {
      this.position += 1n;
      return {
        ...event,
        streamId,
        streamRevision: (actual ?? -1) + 1 + index,
        position: this.position,
        recordedAt: new Date(event.metadata.occurredAt),
      };
    });
    this.streams.set(streamId, [...(stream ?? []), ...recorded]);
    this.appended.push(...recorded);
    const last = recorded.at(-1) as RecordedEvent;
    return Promise.resolve({ nextExpectedRevision: last.streamRevision, position: last.position });
  }

  readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const from = options.fromRevision ?? 0;
    const events = (this.streams.get(streamId) ?? []).slice(from, from + (options.maxCount ?? Number.MAX_SAFE_INTEGER));
    return Promise.resolve(events);
  }

  readAll(_options: ReadAllOptions): Promise<RecordedEvent[]> {
    return Promise.reject(new Error('The generator keeps no $all: its events go to PostgreSQL in bulk.'));
  }

  subscribeToAll(): AllSubscription {
    throw new Error('The generator keeps no $all: its events go to PostgreSQL in bulk.');
  }

  streamExists(streamId: string): Promise<boolean> {
    return Promise.resolve(this.streams.has(streamId));
  }

  headPosition(): Promise<GlobalPosition | null> {
    return Promise.resolve(this.position === 0n ? null : this.position);
  }

  ping(): Promise<void> {
    return Promise.resolve();
  }

  close(): Promise<void> {
    return Promise.resolve();
  }

  /** Events appended since the last call, in append order. */
  takeAppended(): RecordedEvent[] {
    const taken = this.appended;
    this.appended = [];
    return taken;
  }

  /** Events appended since the store was made, taken or not. */
  get appendedTotal(): number {
    return Number(this.position);
  }

  get pendingCount(): number {
    return this.appended.length;
  }

  forget(streamId: string): void {
    this.streams.delete(streamId);
  }
}
