import { applyDecorators, HttpCode } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse } from '@nestjs/swagger';
import { API_VERSION_HEADER, ProblemResponse, TooManyRequestsResponse } from '../../openapi/responses';

/**
 * The OpenAPI face of following or no longer following: 204, and the same answer again when
 * nothing changes (PUT and DELETE are idempotent).
 */
export function FollowingOperation(operationId: string, summary: string): MethodDecorator {
  return applyDecorators(
    HttpCode(204),
    ApiBearerAuth(),
    ApiOperation({ operationId, summary }),
    ApiResponse({ status: 204, description: 'Done (also when it already was so).', headers: API_VERSION_HEADER }),
    ProblemResponse(400, 'A parameter is invalid; each is named.'),
    ProblemResponse(401, 'No valid bearer token.'),
    ProblemResponse(403, 'Your municipalities do not include this.'),
    ProblemResponse(404, 'The trajectory does not exist.'),
    TooManyRequestsResponse(),
  );
}
