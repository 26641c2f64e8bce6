import type { Command, Decider, DomainEvent } from '#domain';
import type { EventStore } from '#event-store';
import { asDomainEvent, type StreamState } from './stream-reader';

interface Remembered<TState> {
  /** The decider that folded it: a state means nothing to another. */
  readonly decider: object;
  readonly state: TState;
  readonly revision: number;
}

/**
 * Streams remembered at once. The ones that pay are few (the bodies and municipalities every
 * command names) and, used by every command, never the oldest; a signal is read once or twice.
 */
const DEFAULT_CAPACITY = 1_000;

/** What rules across streams read through: a stream folded to the state its decider gives. */
export interface RuleStreams {
  load<TEvent extends DomainEvent, TState>(
    streamId: string,
    decider: Pick<Decider<Command, TEvent, TState>, 'evolve' | 'initialState'>,
  ): Promise<StreamState<TState>>;
}

/**
 * Reads the streams that rules across streams look at, and remembers the state each folded to.
 * Rules judge ids, statuses and municipalities, never a person's data, so they read without
 * it, which spares a key lookup and decrypting every member. The next read of a stream asks
 * the store only for the events after the remembered revision and folds them onto that state,
 * so a rule costs what was appended since, not the stream's whole history: every signal and
 * trajectory names the same few participation bodies and municipalities, whose streams only
 * grow.
 *
 * `load` always asks the store, so its state is never behind what was recorded (several API
 * processes may append to one stream). A command may instead judge the `remembered` state
 * without a read and name it in its append's `unchangedStreams` (see `CommandRules`, ADR 47).
 * Folding on is the same as folding from the start
 * because events are immutable and `evolve` is pure. Since every read withholds personal data,
 * no remembered state holds a name that could outlive its person's erasure.
 */
export class RememberedStreams implements RuleStreams {
  private readonly states = new Map<string, Remembered<unknown>>();

  constructor(
    private readonly store: EventStore,
    private readonly capacity = DEFAULT_CAPACITY,
  ) {}

  async load<TEvent extends DomainEvent, TState>(
    streamId: string,
    decider: Pick<Decider<Command, TEvent, TState>, 'evolve' | 'initialState'>,
  ): Promise<StreamState<TState>> {
    const known = this.recall<TState>(streamId, decider);
    const events = await this.store.readStream(streamId, {
      withholdPersonalData: true,
      ...(known ? { fromRevision: known.revision + 1 } : {}),
    });
    const state = events.reduce(
      (folded, event) => decider.evolve(folded, asDomainEvent<TEvent>(event)),
      known ? known.state : decider.initialState(),
    );
    const revision = events.at(-1)?.streamRevision ?? known?.revision ?? null;
    if (revision !== null) this.remember(streamId, decider, { state, revision });
    return { state, revision };
  }

  /**
   * The state last folded for this stream and decider, without asking the store: a command
   * that judges it names it in `unchangedStreams`, so its append fails if the stream moved on.
   */
  remembered<TState>(streamId: string, decider: object): StreamState<TState> | null {
    const known = this.recall<TState>(streamId, decider);
    return known ? { state: known.state, revision: known.revision } : null;
  }

  /** Forgets a stream known to have moved on, so the next load reads it. */
  forget(streamId: string): void {
    this.states.delete(streamId);
  }

  private recall<TState>(streamId: string, decider: object): Remembered<TState> | null {
    const entry = this.states.get(streamId);
    if (!entry || entry.decider !== decider) return null;
    // Map order is the order of use: the first entry is the one to forget first.
    this.states.delete(streamId);
    this.states.set(streamId, entry);
    return entry as Remembered<TState>;
  }

  /** A read that raced a later one must not put an older state back. */
  private remember(streamId: string, decider: object, read: { state: unknown; revision: number }): void {
    const entry = this.states.get(streamId);
    if (entry && entry.decider === decider && entry.revision > read.revision) return;
    this.states.delete(streamId);
    this.states.set(streamId, { decider, ...read });
    if (this.states.size > this.capacity) {
      const oldest = this.states.keys().next();
      if (!oldest.done) this.states.delete(oldest.value);
    }
  }
}
