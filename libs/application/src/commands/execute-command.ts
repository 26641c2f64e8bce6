import type { Command, DomainEvent } from '#domain';
import type { EventStore } from '#event-store';
import { ForbiddenCommandError } from '../application-errors';
import { mayRun } from '../authorization/command-permissions';
import type { Principal, Role } from '../authorization/principal';
import type { CommandDefinition, Permission } from './command-definition';
import type { CommandRequest, CommandResult } from './command-request';
import { eventIdsFor } from './event-ids';
import { handleCommand } from './handle-command';
import { RuleStreams } from './rule-streams';

const SCHEMA_VERSION = 1;

/**
 * Runs one operation of the contract: authorise, then the generic read–decide–append. `rules`
 * reads the streams its rules across streams look at; a long-lived one remembers their states.
 */
export async function executeCommand<TCommand extends Command, TEvent extends DomainEvent, TState>(
  store: EventStore,
  definition: CommandDefinition<TCommand, TEvent, TState>,
  request: CommandRequest<TCommand['data']>,
  rules: RuleStreams = new RuleStreams(store),
): Promise<CommandResult> {
  const { data, principal } = request;
  const role = actingRole(principal, definition.permission?.(data) ?? definition.operationId);
  const streamId = definition.streamId(data);
  const command = {
    type: definition.operationId,
    data,
    context: { now: request.now, actor: { id: principal.id, role } },
  };
  let municipalities: readonly string[] = [];
  const handled = await handleCommand(store, streamId, definition.decider, command as TCommand, {
    expectedRevision: request.expectedRevision,
    eventId: eventIdsFor(request.idempotencyKey, `${principal.id}/${definition.operationId}/${streamId}`),
    idempotent: request.idempotencyKey !== undefined,
    assumeNew: definition.creates === true,
    beforeDecide: async ({ state, revision }) => {
      // A missing stream is the decider's to refuse (404) before anyone's tenancy is judged.
      if (!definition.creates && revision === null) return;
      if (definition.global) return;
      municipalities = await definition.municipalities(data, state, rules);
      // Input that names no municipality at all is the decider's to refuse, in its words.
      if (municipalities.length === 0) definition.decider.decide(command as TCommand, state);
      ensureActsIn(principal, municipalities);
      await definition.crossCheck?.(data, state, rules);
    },
    ...(definition.beforeAppend ? { beforeAppend: () => definition.beforeAppend?.(data) ?? Promise.resolve() } : {}),
    metadata: () => {
      return {
        occurredAt: request.now,
        actor: { id: principal.id, role },
        ...(municipalities.length === 1 ? { municipalityCode: municipalities[0] } : {}),
        correlationId: request.correlationId,
        causationId: request.causationId,
        schemaVersion: SCHEMA_VERSION,
      };
    },
  });
  return { id: definition.resultId(data), streamId, ...handled };
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
