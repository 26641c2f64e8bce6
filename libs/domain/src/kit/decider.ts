/** Who issues a command and when; time arrives here, the domain never asks a clock. */
export interface CommandContext {
  /** RFC 3339 instant at which the command was received. */
  readonly now: string;
  readonly actor: { readonly id: string; readonly role: string };
}

/** An imperative request to change one stream (`IssueAdvice`). */
export interface Command<TType extends string = string, TData = unknown> {
  readonly type: TType;
  readonly data: TData;
  readonly context: CommandContext;
}

/** A fact, named in the past tense (`AdviceIssued`); `type` is the persisted contract. */
export interface DomainEvent<TType extends string = string, TData = unknown> {
  readonly type: TType;
  readonly data: TData;
}

/**
 * The three pure functions of a stream type. `decide` answers the events a command causes,
 * or throws a {@link DomainError}; `evolve` folds one event into the state.
 */
export interface Decider<TCommand extends Command, TEvent extends DomainEvent, TState> {
  decide(command: TCommand, state: TState): readonly TEvent[];
  evolve(state: TState, event: TEvent): TState;
  initialState(): TState;
}

/** Folds events from the initial state: the state as of the last of them. */
export function fold<TEvent extends DomainEvent, TState>(
  decider: Pick<Decider<Command, TEvent, TState>, 'evolve' | 'initialState'>,
  events: readonly TEvent[],
): TState {
  return events.reduce((state, event) => decider.evolve(state, event), decider.initialState());
}

/** Exhaustiveness check for `switch` statements over unions. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
