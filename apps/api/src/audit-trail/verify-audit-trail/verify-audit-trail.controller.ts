import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { auditTrailVerification, verifyDocuments } from '#application';
import type { ReadModels } from '#projections';
import { DocumentWalks, type DocumentVault } from '#documents';
import { PostgresVerifiedTrail } from '#evidence';
import type { Storage } from '#runtime';
import { QueryOperation } from '../../read-models/query-operation.decorator';
import { CallerParam, type Caller } from '../../read-models/viewer';
import { READ_MODELS } from '../../read-models/read-model.tokens';
import { STORAGE } from '../../storage.tokens';
import { DOCUMENT_VAULT } from '../../documents/documents.tokens';
import { walkDocumentsInScope } from './document-walk';
import { documentsOnRecord } from './documents-on-record';
import { presentDocumentVerification } from './document-verification.response.dto';
import { presentVerification } from './audit-trail-verification.presenter';
import { AuditTrailVerificationDto } from './audit-trail-verification.response.dto';
import { ensureMayVerify } from './may-verify';
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
  @QueryOperation({
    operationId: 'VerifyAuditTrail',
    summary: 'Whether the recorded events are whole and untouched, how many were checked, and the first that is not',
    type: AuditTrailVerificationDto,
  })
  async verifyAuditTrail(
    @Query() { streamId }: VerifyAuditTrailQueryDto,
    @CallerParam() caller: Caller,
  ): Promise<AuditTrailVerificationDto> {
    ensureMayVerify(caller);
    const { municipalities } = caller.principal;
    const { sealedEventStore, streamHeads } = this.storage;
    const trail = new PostgresVerifiedTrail(this.storage.database);
    const request = { streamId, municipalities };
    const verification = await auditTrailVerification(sealedEventStore, streamHeads, request, trail);
    // The documents the events name, checked against the bytes kept under their hash (#21):
    // read from the document register, a bounded number per request (#22).
    const minPosition = (await sealedEventStore.headPosition()) ?? undefined;
    const { onRecord, moreInScope } = await documentsOnRecord(this.readModels, { ...request, minPosition });
    const newest = await verifyDocuments(this.documents, onRecord, { moreInScope });
    // The whole scope also walks on from where the last request stopped, so older documents are
    // checked in time too, each request a bounded part (#21).
    const walk =
      streamId === undefined
        ? await walkDocumentsInScope(this.documents, new DocumentWalks(this.storage.database), this.readModels, {
            municipalities,
            minPosition,
          })
        : undefined;
    const documents = presentDocumentVerification(newest, walk);
    const answer = presentVerification(verification, municipalities, streamId);
    return { ...answer, intact: answer.intact && documents.intact, documents };
  }
}
