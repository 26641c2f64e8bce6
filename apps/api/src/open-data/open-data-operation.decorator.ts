import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOperation, ApiResponse, ApiSecurity } from '@nestjs/swagger';
import { AnswersPublic } from '../auth/public-answer.decorator';
import { ProblemDetailsDto } from '../http/problem-details';
import { API_VERSION_HEADER, ProblemResponse as problem, TooManyRequestsResponse } from '../openapi/responses';

/** A public file: no token, its media types, and the problems it can answer. */
export function OpenDataOperation(
  operationId: string,
  summary: string,
  mediaTypes: readonly string[],
): MethodDecorator {
  return applyDecorators(
    AnswersPublic(),
    ApiBearerAuth(),
    // An empty requirement: the token is optional.
    ApiSecurity({}),
    ApiExtraModels(ProblemDetailsDto),
    ApiOperation({ operationId, summary }),
    ApiResponse({
      status: 200,
      description: 'The file.',
      headers: API_VERSION_HEADER,
      content: Object.fromEntries(mediaTypes.map((type) => [type, { schema: { type: 'string' } }])),
    }),
    problem(400, 'The municipality code or the file name is invalid.'),
    problem(401, 'A bearer token was sent and is not valid.'),
    problem(404, 'There is no such file.'),
    TooManyRequestsResponse(),
  );
}
