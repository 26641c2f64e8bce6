import { Inject } from '@nestjs/common';
import { Command as BusCommand, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Command, DomainEvent } from '#domain';
import { EVENT_STORE, StreamChangedError, type EventStore } from '#event-store';
import { ConcurrentChangeError, ForbiddenCommandError } from '../application-errors';
import { mayRun } from '../authorization/command-permissions';
import type { Principal, Role } from '../authorization/principal';
import type { CommandDefinition, Permission } from './command-definition';
import type { CommandRequest, CommandResult } from './command-request';
import { eventIdsFor } from './event-ids';
import { CommandRules } from './command-rules';
import { handleCommand, type HandledCommand } from './handle-command';
import { RememberedStreams } from './rule-streams';

const SCHEMA_VERSION = 1;

/**
 * Runs of one command when streams its rules judged keep moving on before its append. Each
 * run after the first reads what moved, so more are needed only under a stream of writes to
 * the same body or municipality; then the caller hears of a concurrent change (409).
 */
const MAX_RUNS = 3;

/** The bus message for any operation of the contract; its definition says how to run it. */
export class ExecuteCommand<
  TCommand extends Command = Command,
  TEvent extends DomainEvent = DomainEvent,
  TState = unknown,
> extends BusCommand<CommandResult> {
  constructor(
    readonly definition: CommandDefinition<TCommand, TEvent, TState>,
    readonly request: CommandRequest<TCommand['data']>,
  ) {
    super();
  }
}

/**
 * The one command handler, for every operation: authorise the caller, then the generic
 * read–decide–append of `handleCommand` with the definition's tenancy and rules across streams.
 * Code without a bus (the bench's generator, specs) constructs it on a store and calls `execute`.
 */
@CommandHandler(ExecuteCommand)
export class ExecuteCommandHandler implements ICommandHandler<ExecuteCommand> {
  /** One per handler, so that rules read only what was appended since they last looked. */
  private readonly streams: RememberedStreams;

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {
    this.streams = new RememberedStreams(store);
  }

  async execute<TCommand extends Command, TEvent extends DomainEvent, TState>(
    message: ExecuteCommand<TCommand, TEvent, TState>,
  ): Promise<CommandResult> {
    const streamId = message.definition.streamId(message.request.data);
    for (let run = 1; ; run += 1) {
      try {
        const handled = await this.run(message, new CommandRules(this.streams));
        // Its own stream moved on by this append: a rule of a later command reads it again.
        this.streams.forget(streamId);
        return { id: message.definition.resultId(message.request.data), streamId, ...handled };
      } catch (error) {
        if (!(error instanceof StreamChangedError)) throw error;
        this.streams.forget(error.changedStreamId);
        if (run === MAX_RUNS) throw new ConcurrentChangeError(error.changedStreamId);
      }
    }
  }

  private async run<TCommand extends Command, TEvent extends DomainEvent, TState>(
    { definition, request }: ExecuteCommand<TCommand, TEvent, TState>,
    rules: CommandRules,
  ): Promise<HandledCommand> {
    const { data, principal } = request;
    const role = actingRole(principal, definition.permission?.(data) ?? definition.operationId);
    const streamId = definition.streamId(data);
    const command = {
      type: definition.operationId,
      data,
      context: { now: request.now, actor: { id: principal.id, role } },
    } as TCommand;
    let municipalities: readonly string[] = [];
    let tenant: string | undefined;
    return handleCommand(this.store, streamId, definition.decider, command, {
      expectedRevision: request.expectedRevision,
      eventId: eventIdsFor(request.idempotencyKey, `${principal.id}/${definition.operationId}/${streamId}`),
      idempotent: request.idempotencyKey !== undefined,
      assumeNew: definition.creates,
      beforeDecide: async ({ state, revision }) => {
        // A missing stream is the decider's to refuse (404) before anyone's tenancy is judged.
        if (!definition.creates && revision === null) return;
        if (definition.global) return;
        municipalities = await definition.municipalities(data, state, rules);
        tenant = tenantOf(municipalities, data, state);
        // Input that names no municipality at all is the decider's to refuse, in its words.
        if (municipalities.length === 0) definition.decider.decide(command, state);
        ensureActsIn(principal, municipalities);
        await definition.crossCheck?.(data, state, rules, command.context.actor);
        if (!definition.complete) return command;
        return { ...command, data: await definition.complete(data, state, rules) };
      },
      unchangedStreams: () => rules.unchangedStreams(streamId),
      ...(definition.beforeAppend ? { beforeAppend: () => definition.beforeAppend?.(data) ?? Promise.resolve() } : {}),
      metadata: () => ({
        occurredAt: request.now,
        actor: { id: principal.id, role },
        ...(tenant === undefined ? {} : { municipalityCode: tenant }),
        correlationId: request.correlationId,
        causationId: request.causationId,
        schemaVersion: SCHEMA_VERSION,
      }),
    });
  }
}

/**
 * The tenant the events' metadata names: the one municipality the command acts in. A command on
 * a regional advice acts in every addressed municipality, yet the trajectory is its own
 * municipality's: the one the stream's state (or, for a new stream, the command) names as
 * `municipalityCode`, so its events keep a tenant. A regional body serves several and owns none:
 * its events name no tenant, and the audit trail scopes them by the municipalities they name.
 */
function tenantOf(municipalities: readonly string[], data: unknown, state: unknown): string | undefined {
  if (municipalities.length === 1) return municipalities[0];
  return [ownMunicipalityOf(state), ownMunicipalityOf(data)].find(
    (code): code is string => code !== undefined && municipalities.includes(code),
  );
}

function ownMunicipalityOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !('municipalityCode' in value)) return undefined;
  return typeof value.municipalityCode === 'string' ? value.municipalityCode : undefined;
}

function actingRole(principal: Principal, permission: Permission): Role {
  const role = principal.roles.find((r) => mayRun([r], permission));
  if (!role) {
    throw new ForbiddenCommandError(
      `Your role (${principal.roles.join(', ') || 'none'}) may not run ${permission.replace(':', ' (')}${permission.includes(':') ? ')' : ''}.`,
    );
  }
  return role;
}

function ensureActsIn(principal: Principal, municipalities: readonly string[]): void {
  if (!municipalities.some((code) => principal.municipalities.includes(code))) {
    throw new ForbiddenCommandError(
      `You do not act for ${municipalities.length > 0 ? municipalities.join(', ') : 'this municipality'}.`,
    );
  }
}
