import type { DocumentOnRecord, DocumentState } from './document-verification.query';
import {
  walkDocuments,
  walkScopeOf,
  type DocumentWalkCursor,
  type DocumentWalkStore,
  type StreamDocuments,
} from './document-walk';

const documentOf = (stream: number, n: number): DocumentOnRecord => ({
  sha256: (stream * 100 + n).toString(16).padStart(64, '0'),
  streamId: `advice-trajectory-${stream.toString().padStart(3, '0')}`,
  position: BigInt(stream * 100 + n),
  kind: 'advice-letter',
});

/** `count` streams with `perStream` documents each, in stream-id order. */
function streamsOf(count: number, perStream = 2): StreamDocuments[] {
  return Array.from({ length: count }, (_, i) => ({
    streamId: documentOf(i + 1, 0).streamId,
    documents: Array.from({ length: perStream }, (_, n) => documentOf(i + 1, n + 1)),
  }));
}

function memoryStore(): DocumentWalkStore & { saved: Map<string, DocumentWalkCursor> } {
  const saved = new Map<string, DocumentWalkCursor>();
  return {
    saved,
    load: (scope) => Promise.resolve(saved.get(scope) ?? null),
    save: (scope, cursor) => {
      saved.set(scope, cursor);
      return Promise.resolve();
    },
  };
}

function checker(states: Record<string, DocumentState> = {}) {
  const asked: string[] = [];
  return {
    asked,
    integrityOf: (sha256: string) => {
      asked.push(sha256);
      return Promise.resolve(states[sha256] ?? 'intact');
    },
  };
}

const request = (streams: StreamDocuments[], municipalities = ['GM0375'], position: bigint | null = 500n) => ({
  municipalities,
  now: '2026-12-07T12:00:00.000Z',
  position,
  streamsAfter: (after: string, limit: number) =>
    Promise.resolve(streams.filter((s) => s.streamId > after).slice(0, limit)),
});

describe('walking every document in scope over successive requests', () => {
  it('checks every document once per pass, a bounded number per request, the oldest too', async () => {
    const streams = streamsOf(7);
    const store = memoryStore();
    const documents = checker();
    const steps = [];
    for (let i = 0; i < 4; i += 1) {
      steps.push(await walkDocuments(documents, store, request(streams), { streams: 3, hashes: 4 }));
    }
    // Two streams (four hashes) per request: 7 streams take four requests.
    expect(steps.map((step) => step.checked.length)).toEqual([4, 4, 4, 2]);
    expect(new Set(documents.asked).size).toBe(14);
    expect(documents.asked).toHaveLength(14);
    const last = steps.at(-1)?.cursor;
    expect(last?.lastCompleted).toEqual(
      expect.objectContaining({ pass: 1, checked: 14, intact: true, completedAt: '2026-12-07T12:00:00.000Z' }),
    );
    expect(last).toEqual(expect.objectContaining({ pass: 2, afterStreamId: '', checked: 0 }));
  });

  it('starts the next pass from the beginning once a pass is complete', async () => {
    const streams = streamsOf(2);
    const store = memoryStore();
    const documents = checker();
    const first = await walkDocuments(documents, store, request(streams));
    const second = await walkDocuments(documents, store, request(streams));
    expect(first.cursor.lastCompleted?.pass).toBe(1);
    expect(second.cursor.lastCompleted?.pass).toBe(2);
    expect(second.checked.map((d) => d.sha256)).toEqual(first.checked.map((d) => d.sha256));
  });

  it('opens no new pass over an empty scope while the store has not moved', async () => {
    for (const position of [500n, null]) {
      const store = memoryStore();
      const first = await walkDocuments(checker(), store, request([], ['GM0375'], position));
      expect(first.cursor.lastCompleted).toEqual(expect.objectContaining({ pass: 1, checked: 0, intact: true }));
      const again = await walkDocuments(checker(), store, request([], ['GM0375'], position));
      expect(again).toEqual({ checked: [], altered: [], missing: [], erased: 0, cursor: first.cursor });
      expect([...store.saved.values()]).toEqual([first.cursor]);
    }
  });

  it('walks an empty scope again once the store moved, and finds the documents that came', async () => {
    const store = memoryStore();
    await walkDocuments(checker(), store, request([], ['GM0375'], 500n));
    const moved = await walkDocuments(checker(), store, request(streamsOf(1), ['GM0375'], 501n));
    expect(moved.checked).toHaveLength(2);
    expect(moved.cursor.lastCompleted).toEqual(expect.objectContaining({ pass: 2, checked: 2 }));
  });

  it('remembers what a pass found until it completes, and reports the pass as not intact', async () => {
    const streams = streamsOf(4);
    const oldest = documentOf(1, 1);
    const store = memoryStore();
    const documents = checker({ [oldest.sha256]: 'altered', [documentOf(4, 2).sha256]: 'missing' });
    const first = await walkDocuments(documents, store, request(streams), { streams: 2, hashes: 4 });
    expect(first.altered).toEqual([oldest]);
    expect(first.cursor.lastCompleted).toBeUndefined();
    await walkDocuments(documents, store, request(streams), { streams: 2, hashes: 4 });
    const third = await walkDocuments(documents, store, request(streams), { streams: 2, hashes: 4 });
    expect(third.cursor.lastCompleted).toEqual(
      expect.objectContaining({ intact: false, altered: [oldest], missing: [documentOf(4, 2)], checked: 8 }),
    );
  });

  it('checks a stream with more documents than the budget whole, rather than never', async () => {
    const streams = streamsOf(2, 5);
    const step = await walkDocuments(checker(), memoryStore(), request(streams), { streams: 10, hashes: 3 });
    expect(step.checked).toHaveLength(5);
    expect(step.cursor.afterStreamId).toBe(streams[0]?.streamId);
  });

  it('keeps one walk per set of municipalities, whatever their order', async () => {
    const store = memoryStore();
    await walkDocuments(checker(), store, request(streamsOf(1), ['GM0453', 'GM0375']));
    expect([...store.saved.keys()]).toEqual([walkScopeOf(['GM0375', 'GM0453'])]);
  });
});
