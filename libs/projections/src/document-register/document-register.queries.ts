import type { ReadModels } from '../queries/read-models';
import type { DocumentRegisterDoc } from './document-register.doc';
import { documentRegister } from './document-register.projection';

/** The documents of one owning stream once the register has applied `minPosition`; `null` when it has none. */
export async function findDocumentsOf(
  readModels: ReadModels,
  streamId: string,
  minPosition?: bigint,
): Promise<DocumentRegisterDoc | null> {
  await readModels.waitFor([documentRegister.name], minPosition);
  return readModels.get<DocumentRegisterDoc>(documentRegister.name, streamId);
}

export interface DocumentsInScopeRequest {
  /** Only streams of these municipalities (and those that belong to none). */
  readonly municipalities: readonly string[];
  /** At most this many streams with documents, most recently changed first. */
  readonly limit: number;
  readonly minPosition?: bigint;
}

/**
 * The streams in scope that hold documents, bounded: a request reads at most `limit` rows, so
 * its cost never grows with the log (issue #22, ADR 31). `total` says how many there are.
 */
export async function documentsInScope(
  readModels: ReadModels,
  request: DocumentsInScopeRequest,
): Promise<{ items: DocumentRegisterDoc[]; total: number }> {
  await readModels.waitFor([documentRegister.name], request.minPosition);
  return readModels.list<DocumentRegisterDoc>(documentRegister.name, {
    where: [
      [
        `jsonb_array_length(r.doc->'documents') > 0 AND (jsonb_array_length(r.doc->'municipalities') = 0
          OR EXISTS (SELECT 1 FROM jsonb_array_elements_text(r.doc->'municipalities') m WHERE m = ANY(?::text[])))`,
        request.municipalities,
      ],
    ],
    orderBy: 'r.position DESC, r.id',
    limit: request.limit,
    offset: 0,
  });
}

/**
 * The streams in scope that hold documents, in stream-id order after `afterStreamId`, at most
 * `limit`: the audit trail walks them over successive requests so every document is checked in
 * time, the oldest too, each request reading a bounded number of rows (#21, #22).
 */
export async function documentsInScopeAfter(
  readModels: ReadModels,
  request: DocumentsInScopeRequest & { readonly afterStreamId: string },
): Promise<DocumentRegisterDoc[]> {
  await readModels.waitFor([documentRegister.name], request.minPosition);
  const { items } = await readModels.list<DocumentRegisterDoc>(documentRegister.name, {
    where: [
      [
        `jsonb_array_length(r.doc->'documents') > 0 AND (jsonb_array_length(r.doc->'municipalities') = 0
          OR EXISTS (SELECT 1 FROM jsonb_array_elements_text(r.doc->'municipalities') m WHERE m = ANY(?::text[])))`,
        request.municipalities,
      ],
      ['r.id > ?', request.afterStreamId],
    ],
    orderBy: 'r.id',
    limit: request.limit,
    offset: 0,
  });
  return items;
}

/**
 * The streams whose events attached the document with this hash (a handful at most: the same
 * bytes attached again elsewhere), once the register has applied `minPosition`.
 */
export async function ownersOfDocument(
  readModels: ReadModels,
  sha256: string,
  minPosition?: bigint,
): Promise<DocumentRegisterDoc[]> {
  await readModels.waitFor([documentRegister.name], minPosition);
  const { items } = await readModels.list<DocumentRegisterDoc>(documentRegister.name, {
    where: [["r.doc->'documents' @> ?::jsonb", JSON.stringify([{ sha256 }])]],
    orderBy: 'r.id',
    limit: 20,
    offset: 0,
  });
  return items;
}
