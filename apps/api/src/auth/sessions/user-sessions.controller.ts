import {
  BadRequestException,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  NotFoundException,
  Param,
  Req,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ForbiddenCommandError, type Principal } from '#application';
import { UnauthenticatedError } from '#auth';
import type { Sessions } from '#sessions';
import type { AuthenticatedRequest } from '../authenticated-request';
import { API_VERSION_HEADER, ProblemResponse, TooManyRequestsResponse } from '../../openapi/responses';
import { SESSION_CLOCK, SESSIONS } from './sessions.tokens';

const SUBJECT = /^[\x21-\x7e]{1,200}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class UserSessionDto {
  @ApiProperty({ format: 'uuid', description: 'Names the session; not its secret.' })
  sessionId!: string;
  @ApiProperty({ enum: ['oidc', 'local'], description: 'How the user signed in.' })
  method!: string;
  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
  @ApiProperty({ format: 'date-time' })
  lastSeenAt!: string;
  @ApiProperty({ format: 'date-time', description: 'When it ends unless used before then (idle timeout).' })
  idleUntil!: string;
  @ApiProperty({ format: 'date-time', description: 'When it ends however much it is used (absolute lifetime).' })
  expiresAt!: string;
}

/** An admin's view of who is signed in to the pages, and the way to sign someone out at once. */
@ApiTags('sessions')
@Controller()
export class UserSessionsController {
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
    if (!SUBJECT.test(subject)) throw new BadRequestException('subject must be 1 to 200 visible ASCII characters');
    const sessions = await this.sessions.listActive(subject, this.now(), admin.municipalities);
    return sessions.map((s) => ({
      sessionId: s.handle,
      method: s.method,
      createdAt: s.createdAt.toISOString(),
      lastSeenAt: s.lastSeenAt.toISOString(),
      idleUntil: s.idleUntil.toISOString(),
      expiresAt: s.expiresAt.toISOString(),
    }));
  }

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
    if (!UUID.test(sessionId)) throw new BadRequestException('sessionId must be a UUID');
    if (!(await this.sessions.revoke(sessionId, admin.id, this.now(), admin.municipalities))) {
      throw new NotFoundException('No active session has this id.');
    }
  }
}

function adminOf(request: AuthenticatedRequest): Principal {
  const { principal } = request;
  if (!principal) throw new UnauthenticatedError('This request needs a bearer token (Authorization: Bearer …).');
  if (!principal.roles.includes('admin')) throw new ForbiddenCommandError('Only an admin may see or revoke sessions.');
  return principal;
}
