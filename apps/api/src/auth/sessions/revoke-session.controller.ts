import { Controller, Delete, HttpCode, Inject, NotFoundException, Param, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Sessions } from '#sessions';
import type { AuthenticatedRequest } from '../authenticated-request';
import { API_VERSION_HEADER, ProblemResponse, TooManyRequestsResponse } from '../../openapi/responses';
import { adminOf, assertSessionId } from './session-admin';
import { SESSION_CLOCK, SESSIONS } from './sessions.tokens';

/** The way for an admin to sign someone out of the pages at once. */
@ApiTags('sessions')
@Controller()
export class RevokeSessionController {
  constructor(
    @Inject(SESSIONS) private readonly sessions: Sessions,
    @Inject(SESSION_CLOCK) private readonly now: () => Date,
  ) {}

  @Delete('sessions/:sessionId')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ operationId: 'RevokeSession', summary: 'Ends a page session at once (admin)' })
  @ApiParam({ name: 'sessionId', format: 'uuid' })
  @ApiResponse({ status: 204, description: 'Revoked.', headers: API_VERSION_HEADER })
  @ProblemResponse(400, 'The session id is not a UUID.')
  @ProblemResponse(401, 'No valid bearer token.')
  @ProblemResponse(403, 'Only an admin may revoke sessions.')
  @ProblemResponse(404, 'No active session has this id.')
  @TooManyRequestsResponse()
  async revokeSession(@Param('sessionId') sessionId: string, @Req() request: AuthenticatedRequest): Promise<void> {
    const admin = adminOf(request);
    assertSessionId(sessionId);
    if (!(await this.sessions.revoke(sessionId, admin.id, this.now(), admin.municipalities))) {
      throw new NotFoundException('No active session has this id.');
    }
  }
}
