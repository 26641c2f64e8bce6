import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ReadModels } from '#projections';
import type { DocumentVault } from '#documents';
import type { Storage } from '#runtime';
import { CallerParam, type Caller } from '../../read-models/viewer';
import { READ_MODELS } from '../../read-models/read-model.tokens';
import { STORAGE } from '../../storage.tokens';
import { DOCUMENT_VAULT } from '../../documents/documents.tokens';
import { checkAuditTrail } from './audit-trail-check';
import type { AuditTrailVerificationDto } from './audit-trail-verification.response.dto';
import { ensureMayVerify } from './may-verify';
import { VerifyAuditTrailOperation } from './verify-audit-trail-operation.decorator';
import { VerifyAuditTrailQueryDto } from './verify-audit-trail.query.dto';

@ApiTags('audit-trail')
@Controller('audit-trail')
export class VerifyAuditTrailController {
  constructor(
    @Inject(STORAGE) private readonly storage: Storage,
    @Inject(DOCUMENT_VAULT) private readonly documents: DocumentVault,
    @Inject(READ_MODELS) private readonly readModels: ReadModels,
  ) {}

  /**
   * Walks the sealed event store itself: personal data as stored, so forgetting a person breaks
   * nothing. The whole store incrementally, from what earlier requests walked (kept beside the
   * evidence in PostgreSQL): a request walks only what is new, and a bounded amount of it.
   */
  @Get('verification')
  @VerifyAuditTrailOperation()
  async verifyAuditTrail(
    @Query() { streamId }: VerifyAuditTrailQueryDto,
    @CallerParam() caller: Caller,
  ): Promise<AuditTrailVerificationDto> {
    ensureMayVerify(caller);
    const request = { streamId, municipalities: caller.principal.municipalities };
    return checkAuditTrail(this.storage, this.documents, this.readModels, request);
  }
}
