import { verifyDocuments } from '#application';
import { DocumentWalks, type DocumentVault } from '#documents';
import type { ReadModels } from '#projections';
import type { Storage } from '#runtime';
import { documentsOnRecord } from './documents-on-record';
import { walkDocumentsInScope } from './document-walk';
import { presentDocumentVerification, type DocumentVerificationDto } from './document-verification.response.dto';

/**
 * The documents the events name, checked against the bytes kept under their hash (#21): read
 * from the document register, a bounded number per request (#22).
 */
export async function verifyDocumentsInScope(
  storage: Storage,
  documents: DocumentVault,
  readModels: ReadModels,
  request: { readonly streamId?: string; readonly municipalities: readonly string[] },
): Promise<DocumentVerificationDto> {
  const minPosition = (await storage.sealedEventStore.headPosition()) ?? undefined;
  const { onRecord, moreInScope } = await documentsOnRecord(readModels, { ...request, minPosition });
  const newest = await verifyDocuments(documents, onRecord, { moreInScope });
  // The whole scope also walks on from where the last request stopped, so older documents are
  // checked in time too, each request a bounded part (#21).
  const walk =
    request.streamId === undefined
      ? await walkDocumentsInScope(documents, new DocumentWalks(storage.database), readModels, {
          municipalities: request.municipalities,
          minPosition,
        })
      : undefined;
  return presentDocumentVerification(newest, walk);
}
