import {
  walkDocuments,
  type DocumentIntegrityCheck,
  type DocumentOnRecord,
  type DocumentWalkCursor,
  type DocumentWalkStep,
  type DocumentWalkStore,
} from '#application';
import type { DocumentWalks } from '#documents';
import { documentsInScopeAfter, type ReadModels } from '#projections';
import { onRecordOf } from './documents-on-record';

/**
 * One step of the walk over every document of the caller's municipalities, from the document
 * register, its cursor kept in PostgreSQL between requests (positions as decimal strings).
 */
export function walkDocumentsInScope(
  documents: DocumentIntegrityCheck,
  walks: DocumentWalks,
  readModels: ReadModels,
  request: { readonly municipalities: readonly string[]; readonly minPosition?: bigint },
): Promise<DocumentWalkStep> {
  return walkDocuments(documents, cursorsIn(walks), {
    municipalities: request.municipalities,
    now: new Date().toISOString(),
    position: request.minPosition ?? null,
    streamsAfter: async (afterStreamId, limit) => {
      const rows = await documentsInScopeAfter(readModels, { ...request, afterStreamId, limit });
      return rows.map((row) => ({ streamId: row.streamId, documents: onRecordOf(row) }));
    },
  });
}

function cursorsIn(walks: DocumentWalks): DocumentWalkStore {
  return {
    load: async (scope) => {
      const stored = (await walks.load(scope)) as DocumentWalkCursor | null;
      return stored === null ? null : withPositions(stored);
    },
    save: (scope, cursor) =>
      walks.save(scope, JSON.parse(JSON.stringify(cursor, (_key, value: unknown) => jsonOf(value))) as unknown),
  };
}

function jsonOf(value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}

/** JSON keeps a position as a string; the walk's documents and passes carry bigints. */
function withPositions(cursor: DocumentWalkCursor): DocumentWalkCursor {
  const fix = (list: readonly DocumentOnRecord[]): DocumentOnRecord[] =>
    list.map((d) => ({ ...d, position: BigInt(d.position as unknown as string) }));
  // BigInt takes the stored string as it takes a bigint.
  const from = (pass: { readonly fromPosition?: bigint | null }): { fromPosition?: bigint } =>
    pass.fromPosition === undefined || pass.fromPosition === null ? {} : { fromPosition: BigInt(pass.fromPosition) };
  const last = cursor.lastCompleted;
  return {
    ...cursor,
    ...from(cursor),
    altered: fix(cursor.altered),
    missing: fix(cursor.missing),
    ...(last === undefined
      ? {}
      : { lastCompleted: { ...last, ...from(last), altered: fix(last.altered), missing: fix(last.missing) } }),
  };
}
