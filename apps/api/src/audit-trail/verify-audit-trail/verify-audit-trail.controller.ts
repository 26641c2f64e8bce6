import { Controller, Get, Inject, Query, Req } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { ForbiddenCommandError, type Principal } from '#application';
import { DomainError } from '#domain';
import { verifyAuditTrail, type AuditTrailVerification } from '#event-store';
import type { Storage } from '#runtime';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { RequestValidationError } from '../../http/request-validation';
import { QueryOperation } from '../../read-models/query-operation.decorator';
import { minPositionOf } from '../../read-models/query-params';
import { STORAGE } from '../../storage.tokens';
import { streamInScope, municipalitiesOfStream } from './audit-trail-scope';
import { AuditTrailVerificationDto } from './audit-trail-verification.response.dto';

const MAX_STREAM_ID = 200;
const STREAM_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const VERIFYING_ROLES = ['evaluator', 'admin'];

@ApiTags('audit-trail')
@Controller('audit-trail')
export class VerifyAuditTrailController {
  constructor(@Inject(STORAGE) private readonly storage: Storage) {}

  /**
   * Walks the event store itself, with personal data sealed as stored, so the answer covers
   * every recorded event (including those of the caller's last command) and stays valid
   * after a person is forgotten.
   */
  @Get('verification')
  @ApiQuery({
    name: 'streamId',
    required: false,
    schema: { type: 'string', minLength: 1, maxLength: MAX_STREAM_ID, pattern: STREAM_ID.source },
    description: 'Check this stream only (e.g. advice-trajectory-{id}); every stream when absent.',
  })
  @QueryOperation({
    operationId: 'VerifyAuditTrail',
    summary: 'Whether the recorded events are whole and untouched, how many were checked, and the first that is not',
    type: AuditTrailVerificationDto,
  })
  async verifyAuditTrail(
    @Req() request: AuthenticatedRequest,
    @Query('streamId') streamId?: string,
    @Query('minPosition') minPosition?: string,
  ): Promise<AuditTrailVerificationDto> {
    const principal = mayVerify(request.principal);
    checkParameters(streamId, minPosition);
    const { sealedEventStore, streamHeads } = this.storage;
    if (streamId !== undefined) await this.checkStreamScope(streamId, principal);
    const verification = await verifyAuditTrail(sealedEventStore, {
      ...(streamId === undefined ? {} : { streamId }),
      ...(streamHeads ? { heads: streamHeads } : {}),
      inScope: streamInScope(principal.municipalities),
    });
    return present(verification, principal, streamId);
  }

  private async checkStreamScope(streamId: string, principal: Principal): Promise<void> {
    const [first] = await this.storage.sealedEventStore.readStream(streamId, { maxCount: 1 });
    if (!first) {
      // A stream whose events are all gone is still known by its head: verification reports it.
      if ((await this.storage.streamHeads?.headOf(streamId)) != null) return;
      throw new DomainError('AUDIT_TRAIL.STREAM_NOT_FOUND', 'There is no such stream.', 'not-found');
    }
    if (!streamInScope(principal.municipalities)(first)) {
      throw new ForbiddenCommandError(`You do not act for ${municipalitiesOfStream(first).join(', ')}.`);
    }
  }
}

function checkParameters(streamId: string | undefined, minPosition: string | undefined): void {
  const invalid: { name: string; reason: string }[] = [];
  try {
    // Accepted like every query's; the walk reads the store itself, which already holds it.
    minPositionOf(minPosition);
  } catch (error) {
    if (!(error instanceof RequestValidationError)) throw error;
    invalid.push(...error.invalidParams);
  }
  if (streamId !== undefined && (streamId.length > MAX_STREAM_ID || !STREAM_ID.test(streamId))) {
    invalid.push({
      name: 'streamId',
      reason: `streamId must be a stream id of 1 to ${MAX_STREAM_ID} letters, digits, '.', '_', ':' or '-'`,
    });
  }
  if (invalid.length > 0) throw new RequestValidationError(invalid);
}

function mayVerify(principal: Principal | undefined): Principal {
  if (!principal || !principal.roles.some((role) => VERIFYING_ROLES.includes(role))) {
    throw new ForbiddenCommandError(
      `Your role (${principal?.roles.join(', ') || 'none'}) may not run VerifyAuditTrail: evaluators and admins may.`,
    );
  }
  return principal;
}

function present(
  verification: AuditTrailVerification,
  principal: Principal,
  streamId: string | undefined,
): AuditTrailVerificationDto {
  const { firstBroken, throughPosition } = verification;
  return {
    intact: verification.intact,
    checked: verification.checked,
    unchained: verification.unchained,
    streams: verification.streams,
    throughPosition: throughPosition === null ? null : Number(throughPosition),
    ...(streamId === undefined ? {} : { streamId }),
    municipalities: [...principal.municipalities],
    ...(firstBroken
      ? {
          firstBroken: {
            ...firstBroken,
            position: firstBroken.position === null ? null : Number(firstBroken.position),
          },
        }
      : {}),
  };
}
