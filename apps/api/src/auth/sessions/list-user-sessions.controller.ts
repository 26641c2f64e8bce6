import { Controller, Get, Inject, Param, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Sessions } from '#sessions';
import type { AuthenticatedRequest } from '../authenticated-request';
import { API_VERSION_HEADER, ProblemResponse, TooManyRequestsResponse } from '../../openapi/responses';
import { adminOf, assertSubject } from './session-admin';
import { SESSION_CLOCK, SESSIONS } from './sessions.tokens';
import { presentUserSession, UserSessionDto } from './user-session.dto';

/** An admin's view of who is signed in to the pages. */
@ApiTags('sessions')
@Controller()
export class ListUserSessionsController {
  constructor(
    @Inject(SESSIONS) private readonly sessions: Sessions,
    @Inject(SESSION_CLOCK) private readonly now: () => Date,
  ) {}

  @Get('users/:subject/sessions')
  @ApiBearerAuth()
  @ApiOperation({ operationId: 'ListUserSessions', summary: "A user's active page sessions (admin)" })
  @ApiParam({ name: 'subject', description: "The user's `sub`." })
  @ApiResponse({ status: 200, description: 'Found.', headers: API_VERSION_HEADER, type: [UserSessionDto] })
  @ProblemResponse(400, 'The subject is not 1 to 200 visible ASCII characters.')
  @ProblemResponse(401, 'No valid bearer token.')
  @ProblemResponse(403, 'Only an admin may see sessions.')
  @TooManyRequestsResponse()
  async listUserSessions(
    @Param('subject') subject: string,
    @Req() request: AuthenticatedRequest,
  ): Promise<UserSessionDto[]> {
    const admin = adminOf(request);
    assertSubject(subject);
    const sessions = await this.sessions.listActive(subject, this.now(), admin.municipalities);
    return sessions.map(presentUserSession);
  }
}
