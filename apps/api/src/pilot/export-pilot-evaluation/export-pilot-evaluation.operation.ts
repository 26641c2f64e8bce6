import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOperation, ApiQuery, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { PROBLEM_JSON, ProblemDetailsDto } from '../../http/problem-details';

const API_VERSION_HEADER = {
  'API-Version': { description: 'Full version of the API.', schema: { type: 'string', example: '1.0.0' } },
};

const problem = (status: number, description: string): MethodDecorator =>
  ApiResponse({
    status,
    description,
    headers: API_VERSION_HEADER,
    content: { [PROBLEM_JSON]: { schema: { $ref: getSchemaPath(ProblemDetailsDto) } } },
  });

/** Like QueryOperation, but the answer is CSV rather than JSON. */
export function CsvQueryOperation(options: { operationId: string; summary: string; example: string }): MethodDecorator {
  return applyDecorators(
    ApiBearerAuth(),
    ApiExtraModels(ProblemDetailsDto),
    ApiOperation({ operationId: options.operationId, summary: options.summary }),
    ApiQuery({
      name: 'minPosition',
      required: false,
      schema: { type: 'integer', format: 'int64', minimum: 0 },
      description: "A command's position: answer only once the read model has applied it (read your own writes).",
    }),
    ApiResponse({
      status: 200,
      description: 'Found.',
      headers: API_VERSION_HEADER,
      content: { 'text/csv': { schema: { type: 'string', example: options.example } } },
    }),
    problem(400, 'A query parameter is invalid; each is named.'),
    problem(401, 'No valid bearer token.'),
    problem(403, 'Your municipalities do not include this.'),
    problem(404, 'The resource does not exist.'),
    problem(503, 'The read model has not caught up with minPosition in time; try again.'),
  );
}
