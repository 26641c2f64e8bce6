import { auditTrailVerification } from '#application';
import type { DocumentVault } from '#documents';
import { PostgresVerifiedTrail } from '#evidence';
import type { ReadModels } from '#projections';
import type { Storage } from '#runtime';
import { presentVerification } from './audit-trail-verification.presenter';
import type { AuditTrailVerificationDto } from './audit-trail-verification.response.dto';
import { verifyDocumentsInScope } from './documents-in-scope';

/** The events of the scope and the documents they name: intact only when both are. */
export async function checkAuditTrail(
  storage: Storage,
  vault: DocumentVault,
  readModels: ReadModels,
  request: { readonly streamId?: string; readonly municipalities: readonly string[] },
): Promise<AuditTrailVerificationDto> {
  const { sealedEventStore, streamHeads, database } = storage;
  const trail = new PostgresVerifiedTrail(database);
  const verification = await auditTrailVerification(sealedEventStore, streamHeads, request, trail);
  const documents = await verifyDocumentsInScope(storage, vault, readModels, request);
  const answer = presentVerification(verification, request.municipalities, request.streamId);
  return { ...answer, intact: answer.intact && documents.intact, documents };
}
