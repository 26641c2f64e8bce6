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

/** 429 from the rate limit, with the seconds until the caller's budget is renewed. */
export const TooManyRequestsResponse = (): MethodDecorator =>
  ApiResponse({
    status: 429,
    description: 'More requests than the rate limit allows; try again after Retry-After seconds.',
    headers: {
      ...API_VERSION_HEADER,
      'Retry-After': { description: 'Seconds until the rate limit lets you in again.', schema: { type: 'integer' } },
    },
    content: { [PROBLEM_JSON]: { schema: { $ref: getSchemaPath(ProblemDetailsDto) } } },
  });
