import { BadRequestException } from '@nestjs/common';
import { ForbiddenCommandError, type Principal } from '#application';
import { UnauthenticatedError } from '#auth';
import type { AuthenticatedRequest } from '../authenticated-request';

const SUBJECT = /^[\x21-\x7e]{1,200}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The admin behind a sessions request: only an admin sees or ends someone's page sessions. */
export function adminOf(request: AuthenticatedRequest): Principal {
  const { principal } = request;
  if (!principal) throw new UnauthenticatedError('This request needs a bearer token (Authorization: Bearer …).');
  if (!principal.roles.includes('admin')) throw new ForbiddenCommandError('Only an admin may see or revoke sessions.');
  return principal;
}

export function assertSubject(subject: string): void {
  if (!SUBJECT.test(subject)) throw new BadRequestException('subject must be 1 to 200 visible ASCII characters');
}

export function assertSessionId(sessionId: string): void {
  if (!UUID.test(sessionId)) throw new BadRequestException('sessionId must be a UUID');
}
