import { verifyDocuments, type DocumentOnRecord, type DocumentState } from './document-verification.query';

const onRecord = (n: number, kind = 'advice-letter'): DocumentOnRecord => ({
  sha256: n.toString(16).padStart(64, '0'),
  streamId: `advice-trajectory-${n}`,
  position: BigInt(n),
  kind,
});

/** A store that answers a fixed state per hash and counts what it was asked. */
function storeAnswering(states: Record<string, DocumentState>) {
  const asked: string[] = [];
  return {
    asked,
    integrityOf: (sha256: string) => {
      asked.push(sha256);
      return Promise.resolve(states[sha256] ?? 'intact');
    },
  };
}

describe('verifying the documents on record', () => {
  it('reports altered and missing documents, and counts erased ones as no fault', async () => {
    const store = storeAnswering({
      [onRecord(1).sha256]: 'altered',
      [onRecord(2).sha256]: 'missing',
      [onRecord(3).sha256]: 'erased',
    });
    const verification = await verifyDocuments(store, [onRecord(1), onRecord(2), onRecord(3), onRecord(4)]);
    expect(verification).toEqual({
      intact: false,
      checked: 4,
      complete: true,
      altered: [onRecord(1)],
      missing: [onRecord(2)],
      erased: 1,
    });
  });

  it('checks each hash once, and is intact when every document still matches', async () => {
    const store = storeAnswering({});
    const verification = await verifyDocuments(store, [onRecord(1), { ...onRecord(1), streamId: 'other' }]);
    expect(store.asked).toEqual([onRecord(1).sha256]);
    expect(verification).toMatchObject({ intact: true, checked: 1, complete: true });
  });

  it('checks no more than the limit in one request, and says the answer is not complete', async () => {
    const store = storeAnswering({});
    const documents = [1, 2, 3, 4, 5].map((n) => onRecord(n));
    const verification = await verifyDocuments(store, documents, { limit: 3 });
    expect(store.asked).toHaveLength(3);
    expect(verification).toMatchObject({ checked: 3, complete: false });
  });

  it('is not complete when the register held more streams in scope than were handed in', async () => {
    const verification = await verifyDocuments(storeAnswering({}), [onRecord(1)], { moreInScope: true });
    expect(verification).toMatchObject({ intact: true, complete: false });
  });
});
