import type {
  AdviceTrajectoryCommand,
  Command,
  CommandContext,
  Decider,
  DomainEvent,
  MunicipalityCommand,
  ParticipationAgendaCommand,
  ParticipationBodyCommand,
  PersonCommand,
  PilotCommand,
  SignalClusterCommand,
  SignalCommand,
  StartAdviceTrajectory,
  TemporaryTableCommand,
} from '#domain';
import type { RuleStreams } from './rule-streams';

/**
 * The operationId of every command of the contract: the `type` of a domain command. Everything
 * outside the definitions names an operation by this type (or by `definition.operationId`), so a
 * misspelt name does not compile.
 */
export type OperationId = (
  | MunicipalityCommand
  | ParticipationBodyCommand
  | ParticipationAgendaCommand
  | PilotCommand
  | SignalCommand
  | SignalClusterCommand
  | TemporaryTableCommand
  | AdviceTrajectoryCommand
  | PersonCommand
)['type'];

/**
 * A key of the role table: an operationId, or `operationId:variant` where the contract splits a
 * command by its content (officials ask for advice, body members advise unasked).
 */
export type Permission = OperationId | `StartAdviceTrajectory:${StartAdviceTrajectory['data']['kind']}`;

/**
 * Everything the generic pipeline needs to run one operation of the contract: which
 * decider, which stream, who may, in which municipalities, and what other streams must hold.
 */
export interface CommandDefinition<
  TCommand extends Command = Command,
  TEvent extends DomainEvent = DomainEvent,
  TState = unknown,
> {
  /** The contract's operationId (`IssueAdvice`), also the domain command's `type`. */
  readonly operationId: TCommand['type'] & OperationId;
  readonly decider: Decider<TCommand, TEvent, TState>;
  readonly streamId: (data: TCommand['data']) => string;
  /** Creating commands start a new stream: 201, and a conflict when it exists already. */
  readonly creates: boolean;
  /** The id the answer names: the new resource's id, or the addressed one's. */
  readonly resultId: (data: TCommand['data']) => string;
  /** Permission key in the role table; defaults to the operationId. */
  readonly permission?: (data: TCommand['data']) => Permission;
  /**
   * The municipalities the command acts in, from the command (creates) or the stream's
   * state; the caller must act for at least one of them.
   */
  readonly municipalities: (
    data: TCommand['data'],
    state: TState,
    streams: RuleStreams,
  ) => readonly string[] | Promise<readonly string[]>;
  /**
   * True for a command that belongs to no municipality (a person's data spans them): the
   * role decides alone.
   */
  readonly global?: boolean;
  /**
   * Work outside the event store that must be done before the events are recorded, so a
   * crash in between never leaves the record claiming what did not happen.
   */
  readonly beforeAppend?: (data: TCommand['data']) => Promise<void>;
  /**
   * Facts the decider needs from other streams as stored (a municipality's response term,
   * whether an id names a collective signal), added to the command's data after the rules across
   * streams passed and before it decides. The client cannot send them: they are the store's word.
   */
  readonly complete?: (data: TCommand['data'], state: TState, streams: RuleStreams) => Promise<TCommand['data']>;
  /**
   * Rules across streams, checked against the other streams as stored, never a read model.
   * `actor` is who runs it, in the role it acts in: some rules bind a login to a membership.
   */
  readonly crossCheck?: (
    data: TCommand['data'],
    state: TState,
    streams: RuleStreams,
    actor: CommandContext['actor'],
  ) => Promise<void>;
}
