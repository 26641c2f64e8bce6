import { applyDecorators, Header, type Type } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOperation, ApiResponse, ApiSecurity } from '@nestjs/swagger';
import { AnswersPublic } from '../auth/public-answer.decorator';
import { ProblemDetailsDto } from '../http/problem-details';
import { API_VERSION_HEADER, ProblemResponse as problem, TooManyRequestsResponse } from '../openapi/responses';

/** A query answers a JSON document of `type`, or CSV text shaped like `csvExample` (sent as text/csv). */
type QueryAnswer = { readonly type: Type } | { readonly csvExample: string };

/**
 * The OpenAPI face of a query: its operationId, its answer, and its problems. Its parameters,
 * `minPosition` among them, come from the query DTO (`http/query.dto.ts`).
 * `answersPublic` lets the public council view run it without a token (security optional).
 */
export function QueryOperation(
  options: { operationId: string; summary: string; answersPublic?: boolean } & QueryAnswer,
): MethodDecorator {
  const answer =
    'type' in options
      ? { type: options.type }
      : { content: { 'text/csv': { schema: { type: 'string', example: options.csvExample } } } };
  const access = options.answersPublic
    ? [
        AnswersPublic(),
        ApiBearerAuth(),
        // An empty requirement: the token is optional.
        ApiSecurity({}),
        problem(401, 'A bearer token was sent and is not valid (without one, the public answer).'),
      ]
    : [ApiBearerAuth(), problem(401, 'No valid bearer token.')];
  return applyDecorators(
    ...access,
    ...('csvExample' in options ? [Header('Content-Type', 'text/csv; charset=utf-8')] : []),
    ApiExtraModels(ProblemDetailsDto),
    ApiOperation({ operationId: options.operationId, summary: options.summary }),
    ApiResponse({ status: 200, description: 'Found.', headers: API_VERSION_HEADER, ...answer }),
    problem(400, 'A query parameter is invalid; each is named.'),
    problem(403, 'Your municipalities do not include this.'),
    problem(404, 'The resource does not exist.'),
    problem(503, 'The read model has not caught up with minPosition in time; try again.'),
    TooManyRequestsResponse(),
  );
}
