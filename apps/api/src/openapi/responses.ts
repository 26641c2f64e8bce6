import { ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { PROBLEM_JSON, ProblemDetailsDto } from '../http/problem-details';

/** NL GOV API Design Rules: every response names the full API version. */
export const API_VERSION_HEADER = {
  'API-Version': { description: 'Full version of the API.', schema: { type: 'string', example: '1.0.0' } },
};

/** An error response as `application/problem+json` (RFC 9457). */
export const ProblemResponse = (status: number, description: string): MethodDecorator =>
  ApiResponse({
    status,
    description,
    headers: API_VERSION_HEADER,
    content: { [PROBLEM_JSON]: { schema: { $ref: getSchemaPath(ProblemDetailsDto) } } },
  });
