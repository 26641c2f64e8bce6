import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Request } from 'express';
import {
  ExecuteCommand,
  newResourceId,
  type CommandDefinition,
  type CommandResult,
  type OperationId,
} from '#application';
import type { Command, DomainEvent } from '#domain';
import type { AuthenticatedRequest } from '../auth/authenticated-request';
import { UnauthenticatedError } from '#auth';
import { RequestValidationError } from '../http/request-validation';
import { correlationIdOf } from '../observability/correlation-id';
import type { CommandResponseDto } from './command-response.dto';

/**
 * Turns a validated HTTP request into a command on the bus (`If-Match`, `Idempotency-Key`, the
 * caller, the time), and its result into the answer with `ETag` and `X-Correlation-ID`.
 */
@Injectable()
export class CommandExecutor {
  constructor(private readonly commandBus: CommandBus) {}

  /**
   * An id for a resource the command creates when the client sent none: derived from the
   * idempotency key, so a retry addresses the same resource, else a fresh one. `part` tells
   * apart several ids of one command (`RecordSignal/reporter`).
   */
  newId(operation: { readonly operationId: OperationId }, request: AuthenticatedRequest, part?: string): string {
    const scope = `${request.principal?.id ?? ''}/${operation.operationId}${part === undefined ? '' : `/${part}`}`;
    return newResourceId(idempotencyKeyOf(request), scope);
  }

  async run<TCommand extends Command, TEvent extends DomainEvent, TState>(
    definition: CommandDefinition<TCommand, TEvent, TState>,
    data: TCommand['data'],
    request: AuthenticatedRequest,
  ): Promise<CommandResponseDto> {
    if (!request.principal) throw new UnauthenticatedError('This request needs a bearer token.');
    const correlationId = correlationIdOf(request);
    const expectedRevision = expectedRevisionOf(request);
    const idempotencyKey = idempotencyKeyOf(request);
    const result: CommandResult = await this.commandBus.execute(
      new ExecuteCommand(definition, {
        data,
        principal: request.principal,
        now: new Date().toISOString(),
        correlationId,
        // Each request is its own cause; events it appends share its id.
        causationId: randomUUID(),
        ...(expectedRevision !== undefined ? { expectedRevision } : {}),
        ...(idempotencyKey !== undefined ? { idempotencyKey } : {}),
      }),
    );
    // Express links every request to its response; Nest still sends the answer.
    request.res?.setHeader('ETag', `"${result.revision}"`);
    request.res?.setHeader('X-Correlation-ID', correlationId);
    return { id: result.id, revision: result.revision, position: Number(result.position) };
  }
}

/** `If-Match: "3"` (or `3`, or `W/"3"`) → 3; absent → undefined; anything else → 400. */
function expectedRevisionOf(request: Request): number | undefined {
  const header = request.header('if-match');
  if (header === undefined || header.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?"?(\d{1,15})"?\s*$/.exec(header);
  if (!match?.[1]) throw new RequestValidationError([{ name: 'If-Match', reason: 'must be a revision such as "3"' }]);
  return Number(match[1]);
}

function idempotencyKeyOf(request: Request): string | undefined {
  const header = request.header('idempotency-key');
  if (header === undefined) return undefined;
  if (!/^[\x21-\x7e]{1,255}$/.test(header)) {
    throw new RequestValidationError([
      { name: 'Idempotency-Key', reason: 'must be 1 to 255 visible ASCII characters' },
    ]);
  }
  return header;
}
