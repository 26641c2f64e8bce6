import { fold, type Command, type Decider, type DomainEvent } from '#domain';
import type { EventStore, ReadStreamOptions, RecordedEvent } from '#event-store';

export interface LoadedStream<TState> {
  readonly state: TState;
  /** Revision of the last event, or `null` when the stream does not exist. */
  readonly revision: number | null;
  readonly events: readonly RecordedEvent[];
}

/** Reads streams and folds them into a decider's state. */
export class StreamReader {
  constructor(
    private readonly store: EventStore,
    private readonly options: Pick<ReadStreamOptions, 'withholdPersonalData'> = {},
  ) {}

  async load<TEvent extends DomainEvent, TState>(
    streamId: string,
    decider: Pick<Decider<Command, TEvent, TState>, 'evolve' | 'initialState'>,
  ): Promise<LoadedStream<TState>> {
    const events = await this.store.readStream(streamId, this.options);
    // Events are read as their current schema: when an event's schemaVersion changes,
    // its upcaster is applied here, before the fold.
    const domainEvents = events.map((e) => ({ type: e.type, data: e.data }) as TEvent);
    return { state: fold(decider, domainEvents), revision: events.at(-1)?.streamRevision ?? null, events };
  }
}
