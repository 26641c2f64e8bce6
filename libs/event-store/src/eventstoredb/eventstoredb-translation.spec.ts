import { ANY, NO_STREAM, STREAM_EXISTS } from '@kurrent/kurrentdb-client';
import {
  fromResolvedEvent,
  toActualRevision,
  toEventData,
  toStreamRevision,
  toStreamState,
} from './eventstoredb-translation';
import { UNKNOWN_POSITION } from './eventstoredb-positions';
import { ADVICE_ISSUED, CREATED, METADATA, storedEvent } from './eventstoredb-test-events';

describe('translating an event to append', () => {
  it('uses the event id as the server event id, so the server recognises a repeated append', () => {
    expect(toEventData(ADVICE_ISSUED).id).toBe(ADVICE_ISSUED.eventId);
  });

  it('appends type and data as a JSON event', () => {
    expect(toEventData(ADVICE_ISSUED)).toMatchObject({
      contentType: 'application/json',
      type: 'AdviceIssued',
      data: { summary: 'Meer inloopspreekuren' },
    });
  });

  it('stores the metadata object as the event metadata', () => {
    expect(toEventData(ADVICE_ISSUED).metadata).toEqual(METADATA);
  });
});

describe('translating an expected revision', () => {
  it("maps any to the client's ANY", () => {
    expect(toStreamState('any')).toBe(ANY);
  });

  it("maps no_stream to the client's NO_STREAM", () => {
    expect(toStreamState('no_stream')).toBe(NO_STREAM);
  });

  it("maps stream_exists to the client's STREAM_EXISTS", () => {
    expect(toStreamState('stream_exists')).toBe(STREAM_EXISTS);
  });

  it('maps a revision to the same revision as a bigint', () => {
    expect(toStreamState(41)).toBe(41n);
  });

  it('maps revision 0, the first event, to 0n rather than to no stream', () => {
    expect(toStreamState(0)).toBe(0n);
  });
});

describe('translating a stream revision from the server', () => {
  it('turns the bigint revision into a number', () => {
    expect(toStreamRevision(7n)).toBe(7);
  });

  it('refuses a revision a number cannot hold exactly', () => {
    expect(() => toStreamRevision(2n ** 53n)).toThrow(RangeError);
  });
});

describe('translating the actual revision of a refused append', () => {
  it('reports a missing stream as null', () => {
    expect(toActualRevision(NO_STREAM)).toBeNull();
  });

  it('reports an existing stream by the revision of its last event', () => {
    expect(toActualRevision(4n)).toBe(4);
  });

  it('reports a deleted stream, which the server gives a negative revision, as null', () => {
    expect(toActualRevision(-5n)).toBeNull();
  });
});

describe('translating a read event', () => {
  it('returns the whole envelope as it was appended, with where the store put it', () => {
    const read = fromResolvedEvent(storedEvent({ commit: 1_200n, revision: 3n, streamId: 'advice-trajectory-4f1e' }));
    expect(read).toEqual({
      ...ADVICE_ISSUED,
      streamId: 'advice-trajectory-4f1e',
      streamRevision: 3,
      position: 1_200n,
      recordedAt: CREATED,
    });
  });

  it('takes the commit position as the position, not the prepare position', () => {
    expect(fromResolvedEvent(storedEvent({ commit: 900n, prepare: 850n }))?.position).toBe(900n);
  });

  it('returns undefined for a read result without an event', () => {
    expect(fromResolvedEvent({ commitPosition: 10n })).toBeUndefined();
  });

  it('refuses an event for which the server reported no position', () => {
    expect(() => fromResolvedEvent(storedEvent({ commit: UNKNOWN_POSITION }))).toThrow(/no commit position/);
  });

  it('refuses an event whose data is not JSON', () => {
    expect(() => fromResolvedEvent(storedEvent({ commit: 10n, isJson: false }))).toThrow(/not a JSON event/);
  });

  it('refuses an event whose metadata is not a JSON object', () => {
    expect(() => fromResolvedEvent(storedEvent({ commit: 10n, metadata: ['not', 'an', 'object'] }))).toThrow(
      /not a JSON event with JSON metadata/,
    );
  });
});
