import { ApiProperty } from '@nestjs/swagger';
import type { SessionSummary } from '#sessions';

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

export function presentUserSession(session: SessionSummary): UserSessionDto {
  return {
    sessionId: session.handle,
    method: session.method,
    createdAt: session.createdAt.toISOString(),
    lastSeenAt: session.lastSeenAt.toISOString(),
    idleUntil: session.idleUntil.toISOString(),
    expiresAt: session.expiresAt.toISOString(),
  };
}
