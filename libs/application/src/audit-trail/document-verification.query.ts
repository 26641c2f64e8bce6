import type { EventStore, GlobalPosition, RecordedEvent } from '#event-store';
import { streamInScope } from './audit-trail-scope';

/** What the document store says of the bytes it keeps under a hash (see `#documents`). */
export type DocumentState = 'intact' | 'altered' | 'missing' | 'erased';

/** The port the check needs of the document store: whether a hash still names its bytes. */
export interface DocumentIntegrityCheck {
  integrityOf(sha256: string): Promise<DocumentState>;
}

/** A document whose bytes no longer match the hash its event records, or that is gone. */
export interface DocumentProblem {
  readonly sha256: string;
  readonly streamId: string;
  readonly position: GlobalPosition;
  readonly kind: string;
}

export interface DocumentVerification {
  /** Whether every document in scope still hashes to what its event records. */
  readonly intact: boolean;
  /** Documents checked (each hash once). */
  readonly checked: number;
  readonly altered: readonly DocumentProblem[];
  readonly missing: readonly DocumentProblem[];
  /** Documents erased with a person they concern: not a fault, and no longer checkable. */
  readonly erased: number;
}

export interface DocumentVerificationRequest {
  readonly streamId?: string;
  readonly municipalities: readonly string[];
}

const BATCH = 1_000;

/**
 * The audit trail vouches for each document through the hash its `DocumentAttached` event
 * records; this asks the store whether the bytes it keeps still hash to it. Called beside the
 * event-chain verification, over the same scope: the caller's municipalities (judged by each
 * stream's first event), or one stream.
 */
export async function verifyDocuments(
  store: EventStore,
  documents: DocumentIntegrityCheck,
  request: DocumentVerificationRequest,
): Promise<DocumentVerification> {
  const inScope = streamInScope(request.municipalities);
  const scoped = new Map<string, boolean>();
  const seen = new Set<string>();
  const altered: DocumentProblem[] = [];
  const missing: DocumentProblem[] = [];
  let erased = 0;
  for await (const event of documentEvents(store, request.streamId)) {
    const sha256 = (event.data as { document?: { sha256?: unknown; kind?: unknown } }).document?.sha256;
    if (typeof sha256 !== 'string' || seen.has(sha256)) continue;
    if (!(await streamCounts(store, event.streamId, scoped, inScope))) continue;
    seen.add(sha256);
    const kind = String((event.data as { document: { kind?: unknown } }).document.kind);
    const problem = { sha256, streamId: event.streamId, position: event.position, kind };
    const state = await documents.integrityOf(sha256);
    if (state === 'altered') altered.push(problem);
    if (state === 'missing') missing.push(problem);
    if (state === 'erased') erased += 1;
  }
  return { intact: altered.length === 0 && missing.length === 0, checked: seen.size, altered, missing, erased };
}

async function* documentEvents(store: EventStore, streamId: string | undefined): AsyncGenerator<RecordedEvent> {
  if (streamId !== undefined) {
    yield* (await store.readStream(streamId)).filter((event) => event.type === 'DocumentAttached');
    return;
  }
  let after: GlobalPosition | undefined;
  for (;;) {
    const batch = await store.readAll({
      maxCount: BATCH,
      filter: { eventTypePrefixes: ['DocumentAttached'] },
      ...(after === undefined ? {} : { after }),
    });
    for (const event of batch) if (event.type === 'DocumentAttached') yield event;
    const last = batch.at(-1);
    if (!last) return;
    after = last.position;
  }
}

async function streamCounts(
  store: EventStore,
  streamId: string,
  scoped: Map<string, boolean>,
  inScope: (first: RecordedEvent) => boolean,
): Promise<boolean> {
  const known = scoped.get(streamId);
  if (known !== undefined) return known;
  const [first] = await store.readStream(streamId, { maxCount: 1 });
  const counts = first !== undefined && inScope(first);
  scoped.set(streamId, counts);
  return counts;
}
