import type { DocumentIntegrityCheck, DocumentOnRecord, DocumentProblem } from './document-verification.query';

/** One owning stream's documents, as the walk reads them (in stream-id order). */
export interface StreamDocuments {
  readonly streamId: string;
  readonly documents: readonly DocumentOnRecord[];
}

/** A pass the walk finished: every document in scope was checked once between start and end. */
export interface CompletedDocumentPass {
  readonly pass: number;
  readonly completedAt: string;
  readonly checked: number;
  readonly intact: boolean;
  readonly altered: readonly DocumentProblem[];
  readonly missing: readonly DocumentProblem[];
  readonly erased: number;
  /** The store's position when the pass began: an empty pass is followed once the store moved. */
  readonly fromPosition?: bigint | null;
}

/**
 * Where the walk over a scope stands between requests: after which stream it goes on, which
 * pass it is in and what that pass found so far, and the last pass it finished.
 */
export interface DocumentWalkCursor {
  readonly afterStreamId: string;
  readonly pass: number;
  readonly checked: number;
  readonly streams: number;
  readonly altered: readonly DocumentProblem[];
  readonly missing: readonly DocumentProblem[];
  readonly erased: number;
  /** The store's position when this pass's first step read; absent until it has. */
  readonly fromPosition?: bigint | null;
  readonly lastCompleted?: CompletedDocumentPass;
}

/** The port the walk keeps its cursor in, one per scope (the caller's municipalities). */
export interface DocumentWalkStore {
  load(scope: string): Promise<DocumentWalkCursor | null>;
  save(scope: string, cursor: DocumentWalkCursor): Promise<void>;
}

export interface DocumentWalkRequest {
  /** The caller's municipalities, in any order: one walk per set. */
  readonly municipalities: readonly string[];
  /** Streams in scope with documents, ordered by stream id, after `afterStreamId`, at most `limit`. */
  readonly streamsAfter: (afterStreamId: string, limit: number) => Promise<readonly StreamDocuments[]>;
  readonly now: string;
  /** The store's position the request reads at (null while it is empty). */
  readonly position: bigint | null;
}

/** What one request's step of the walk did, and where the walk stands. */
export interface DocumentWalkStep {
  readonly checked: readonly DocumentOnRecord[];
  readonly altered: readonly DocumentProblem[];
  readonly missing: readonly DocumentProblem[];
  readonly erased: number;
  readonly cursor: DocumentWalkCursor;
}

/** Streams one step reads, and the distinct hashes it checks at most (a whole stream may go beyond). */
export const WALK_STREAMS_PER_REQUEST = 100;
export const WALK_HASHES_PER_REQUEST = 100;
/** A pass remembers this many problems at most: enough to act on, bounded in size. */
const MAX_PROBLEMS_KEPT = 100;

/** The walk's key for a caller's municipalities: the same set, the same walk. */
export function walkScopeOf(municipalities: readonly string[]): string {
  return [...new Set(municipalities)].sort().join(',');
}

/**
 * One step of the walk over every document in scope (#21): the next streams after the cursor,
 * in stream-id order, checked until the request's budget is spent, and the cursor moved past
 * the last stream checked whole. Reaching the end finishes the pass and starts the next from
 * the beginning, so successive requests check every document, the oldest too, with each
 * request's work bounded by constants (#22). A pass that found no document at all is not
 * followed by another until the store moved since it began: the next would check nothing
 * again, yet complete and change the answer with every request. A pass over documents is
 * followed at once, as their stored bytes may change without the store moving.
 */
export async function walkDocuments(
  documents: DocumentIntegrityCheck,
  store: DocumentWalkStore,
  request: DocumentWalkRequest,
  budget: { readonly streams?: number; readonly hashes?: number } = {},
): Promise<DocumentWalkStep> {
  const scope = walkScopeOf(request.municipalities);
  const streamLimit = budget.streams ?? WALK_STREAMS_PER_REQUEST;
  const hashLimit = budget.hashes ?? WALK_HASHES_PER_REQUEST;
  const stored = await store.load(scope);
  if (stored !== null && !mayBegin(stored, request.position)) {
    return { checked: [], altered: [], missing: [], erased: 0, cursor: stored };
  }
  const cursor = stored ?? startOfPass(1);
  const streams = await request.streamsAfter(cursor.afterStreamId, streamLimit);
  const seen = new Set<string>();
  const checked: DocumentOnRecord[] = [];
  const altered: DocumentProblem[] = [];
  const missing: DocumentProblem[] = [];
  let erased = 0;
  let walked = 0;
  let afterStreamId = cursor.afterStreamId;
  for (const stream of streams) {
    const fresh = new Set(stream.documents.map((d) => d.sha256).filter((sha256) => !seen.has(sha256)));
    // A stream is checked whole or left for the next request; the first always goes.
    if (walked > 0 && seen.size + fresh.size > hashLimit) break;
    for (const document of stream.documents) {
      if (seen.has(document.sha256)) continue;
      seen.add(document.sha256);
      checked.push(document);
      const state = await documents.integrityOf(document.sha256);
      if (state === 'altered') altered.push(document);
      if (state === 'missing') missing.push(document);
      if (state === 'erased') erased += 1;
    }
    walked += 1;
    afterStreamId = stream.streamId;
  }
  const inPass: DocumentWalkCursor = {
    ...cursor,
    fromPosition: cursor.fromPosition === undefined ? request.position : cursor.fromPosition,
    afterStreamId,
    checked: cursor.checked + checked.length,
    streams: cursor.streams + walked,
    altered: [...cursor.altered, ...altered].slice(0, MAX_PROBLEMS_KEPT),
    missing: [...cursor.missing, ...missing].slice(0, MAX_PROBLEMS_KEPT),
    erased: cursor.erased + erased,
  };
  const reachedTheEnd = walked === streams.length && streams.length < streamLimit;
  const next = reachedTheEnd ? finished(inPass, request.now) : inPass;
  await store.save(scope, next);
  return { checked, altered, missing, erased, cursor: next };
}

/**
 * Whether a step may go: a pass under way always; a new one unless the last checked nothing and
 * began at the position the store is still at (a cursor saved before positions were kept may).
 */
function mayBegin(cursor: DocumentWalkCursor, position: bigint | null): boolean {
  const last = cursor.lastCompleted;
  if (cursor.fromPosition !== undefined || last?.fromPosition === undefined) return true;
  return last.checked > 0 || last.fromPosition !== position;
}

function startOfPass(pass: number, lastCompleted?: CompletedDocumentPass): DocumentWalkCursor {
  return {
    afterStreamId: '',
    pass,
    checked: 0,
    streams: 0,
    altered: [],
    missing: [],
    erased: 0,
    ...(lastCompleted === undefined ? {} : { lastCompleted }),
  };
}

function finished(cursor: DocumentWalkCursor, now: string): DocumentWalkCursor {
  const completed: CompletedDocumentPass = {
    pass: cursor.pass,
    completedAt: now,
    checked: cursor.checked,
    intact: cursor.altered.length === 0 && cursor.missing.length === 0,
    altered: cursor.altered,
    missing: cursor.missing,
    erased: cursor.erased,
    ...(cursor.fromPosition === undefined ? {} : { fromPosition: cursor.fromPosition }),
  };
  return startOfPass(cursor.pass + 1, completed);
}
