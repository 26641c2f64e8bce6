import type { GlobalPosition } from '#event-store';

/** What the document store says of the bytes it keeps under a hash (see `#documents`). */
export type DocumentState = 'intact' | 'altered' | 'missing' | 'erased';

/** The port the check needs of the document store: whether a hash still names its bytes. */
export interface DocumentIntegrityCheck {
  integrityOf(sha256: string): Promise<DocumentState>;
}

/** A document an event attached: its hash, the stream and position of that event, its kind. */
export interface DocumentOnRecord {
  readonly sha256: string;
  readonly streamId: string;
  readonly position: GlobalPosition;
  readonly kind: string;
}

/** A document whose bytes no longer match the hash its event records, or that is gone. */
export type DocumentProblem = DocumentOnRecord;

export interface DocumentVerification {
  /** Whether every document checked still hashes to what its event records. */
  readonly intact: boolean;
  /** Documents checked (each hash once). */
  readonly checked: number;
  /** False when the scope held more documents than one request checks (ask per stream for the rest). */
  readonly complete: boolean;
  readonly altered: readonly DocumentProblem[];
  readonly missing: readonly DocumentProblem[];
  /** Documents erased with a person they concern: not a fault, and no longer checkable. */
  readonly erased: number;
}

/** The most documents one request hashes: a public request cannot start unbounded work (#22). */
export const MAX_DOCUMENTS_PER_REQUEST = 200;

/**
 * The audit trail vouches for each document through the hash its `DocumentAttached` event
 * records; this asks the store whether the bytes it keeps still hash to it. The caller hands
 * the documents in scope (from the document register, not by reading the log), newest first;
 * at most `limit` distinct hashes are checked, so a request's work is bounded by a constant.
 */
export async function verifyDocuments(
  documents: DocumentIntegrityCheck,
  onRecord: readonly DocumentOnRecord[],
  options: { readonly limit?: number; readonly moreInScope?: boolean } = {},
): Promise<DocumentVerification> {
  const limit = options.limit ?? MAX_DOCUMENTS_PER_REQUEST;
  const seen = new Set<string>();
  const altered: DocumentProblem[] = [];
  const missing: DocumentProblem[] = [];
  let erased = 0;
  let complete = options.moreInScope !== true;
  for (const document of onRecord) {
    if (seen.has(document.sha256)) continue;
    if (seen.size >= limit) {
      complete = false;
      break;
    }
    seen.add(document.sha256);
    const state = await documents.integrityOf(document.sha256);
    if (state === 'altered') altered.push(document);
    if (state === 'missing') missing.push(document);
    if (state === 'erased') erased += 1;
  }
  const intact = altered.length === 0 && missing.length === 0;
  return { intact, checked: seen.size, complete, altered, missing, erased };
}
