import { fold, type Command, type Decider, type DomainEvent } from '#domain';
import type { EventStore, RecordedEvent } from '#event-store';
import { upcast } from './upcast';

/** A stream folded to its decider's state. */
export interface StreamState<TState> {
  readonly state: TState;
  /** Revision of the last event, or `null` when the stream does not exist. */
  readonly revision: number | null;
}

export interface LoadedStream<TState> extends StreamState<TState> {
  readonly events: readonly RecordedEvent[];
}

/** Reads a command's own stream, personal data and all, and folds it into its decider's state. */
export class StreamReader {
  constructor(private readonly store: EventStore) {}

  async load<TEvent extends DomainEvent, TState>(
    streamId: string,
    decider: Pick<Decider<Command, TEvent, TState>, 'evolve' | 'initialState'>,
  ): Promise<LoadedStream<TState>> {
    const events = await this.store.readStream(streamId);
    const domainEvents = events.map((e) => asDomainEvent<TEvent>(e));
    return { state: fold(decider, domainEvents), revision: events.at(-1)?.streamRevision ?? null, events };
  }
}

/**
 * Events are read as their current schema: where an event's shape changed, its upcaster is
 * applied here, before any fold.
 */
export function asDomainEvent<TEvent extends DomainEvent>(event: RecordedEvent): TEvent {
  return upcast(event) as TEvent;
}
