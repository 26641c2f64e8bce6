import type { RegisteredDocument } from '#projections';
import type { TrajectoryDocumentListDto } from './list-trajectory-documents.response.dto';

/** The unsealed documents, each with only the fields the answer publishes. */
export function presentTrajectoryDocuments(
  trajectoryId: string,
  documents: readonly RegisteredDocument[],
): TrajectoryDocumentListDto {
  const items = documents
    .filter((document) => !document.sealed)
    .map(({ sha256, kind, fileName, mediaType, size, attachedAt, municipalityCode, proposalRef }) => ({
      sha256,
      kind,
      fileName,
      mediaType,
      size,
      attachedAt,
      ...(municipalityCode === undefined ? {} : { municipalityCode }),
      ...(proposalRef === undefined ? {} : { proposalRef }),
    }));
  return { trajectoryId, items };
}
