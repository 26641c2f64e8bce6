import { MAX_DOCUMENTS_PER_REQUEST, type DocumentOnRecord } from '#application';
import { documentsInScope, findDocumentsOf, type DocumentRegisterDoc, type ReadModels } from '#projections';

export interface DocumentsOnRecordRequest {
  readonly streamId?: string;
  readonly municipalities: readonly string[];
  /** The store's head when the request came in: the register answers once it has applied it. */
  readonly minPosition?: bigint;
}

/**
 * The documents a verification request checks, newest first, from the document register: one
 * stream's whole, or the most recently changed streams of the caller's municipalities (a
 * bounded number of rows, so the request never reads the log or grows with it).
 */
export async function documentsOnRecord(
  readModels: ReadModels,
  request: DocumentsOnRecordRequest,
): Promise<{ onRecord: DocumentOnRecord[]; moreInScope: boolean }> {
  const { streamId, municipalities, minPosition } = request;
  if (streamId !== undefined) {
    const row = await findDocumentsOf(readModels, streamId, minPosition);
    const inScope =
      row !== null &&
      (row.municipalities.length === 0 || row.municipalities.some((code) => municipalities.includes(code)));
    return { onRecord: inScope ? onRecordOf(row) : [], moreInScope: false };
  }
  const { items, total } = await documentsInScope(readModels, {
    municipalities,
    limit: MAX_DOCUMENTS_PER_REQUEST,
    minPosition,
  });
  return { onRecord: items.flatMap(onRecordOf), moreInScope: total > items.length };
}

export function onRecordOf(row: DocumentRegisterDoc): DocumentOnRecord[] {
  return [...row.documents].reverse().map((document) => ({
    sha256: document.sha256,
    streamId: row.streamId,
    position: BigInt(document.position),
    kind: document.kind,
  }));
}
