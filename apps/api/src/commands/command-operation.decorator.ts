import { applyDecorators, HttpCode, HttpStatus, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiHeader, ApiOperation, ApiResponse } from '@nestjs/swagger';
import type { CommandDefinition } from '#application';
import { ProblemDetailsDto } from '../http/problem-details';
import { API_VERSION_HEADER, ProblemResponse as problem, TooManyRequestsResponse } from '../openapi/responses';
import { CommandResponseDto } from './command-response.dto';

/** Metadata key under which a command route names its operationId (read by the role guard). */
export const COMMAND_OPERATION = 'participation:command-operation';

/**
 * The OpenAPI face of a command, from its definition: its operationId, 201 or 200 as it creates
 * or not, the answer with ETag and API-Version, the conditional and idempotency headers, and
 * every problem it can answer.
 */
export function CommandOperation(
  operation: Pick<CommandDefinition, 'operationId' | 'creates'>,
  summary: string,
): MethodDecorator {
  const status = operation.creates ? HttpStatus.CREATED : HttpStatus.OK;
  return applyDecorators(
    SetMetadata(COMMAND_OPERATION, operation.operationId),
    HttpCode(status),
    ApiBearerAuth(),
    ApiExtraModels(ProblemDetailsDto),
    ApiOperation({ operationId: operation.operationId, summary }),
    ApiHeader({
      name: 'If-Match',
      required: false,
      description: 'The revision (ETag) you last read; a changed resource answers 412.',
    }),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'Any unique string; a retry with the same key answers the first result and records nothing.',
    }),
    ApiResponse({
      status,
      description: operation.creates ? 'Created.' : 'Recorded.',
      type: CommandResponseDto,
      headers: {
        ...API_VERSION_HEADER,
        ETag: { description: 'The revision after the command.', schema: { type: 'string', example: '"3"' } },
      },
    }),
    problem(400, 'The request has invalid fields; each is named.'),
    problem(401, 'No valid bearer token.'),
    problem(403, 'Your role or municipalities do not allow this.'),
    problem(404, 'The resource does not exist.'),
    problem(409, 'The resource is in a state that does not allow this, or changed at the same moment.'),
    problem(412, 'The resource changed since the revision in If-Match.'),
    problem(422, 'A rule of the domain refuses this; the detail says which.'),
    TooManyRequestsResponse(),
  );
}
