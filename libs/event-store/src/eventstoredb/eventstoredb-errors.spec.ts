import { StreamNotFoundError, UnavailableError, WrongExpectedVersionError } from '@kurrent/kurrentdb-client';
import { DuplicateEventIdError, WrongExpectedRevisionError } from '../event-store.errors';
import { isStreamNotFound, refusedAppend, translateAppendError } from './eventstoredb-errors';
import { ADVICE_ISSUED, SIGNAL_RECORDED } from './eventstoredb-test-events';

const STREAM = 'advice-trajectory-4f1e';
const events = [ADVICE_ISSUED, SIGNAL_RECORDED];

function wrongExpectedVersion(current: bigint | 'no_stream'): WrongExpectedVersionError {
  return new WrongExpectedVersionError(undefined, { streamName: STREAM, expected: 'no_stream', current });
}

describe('translating a failed append', () => {
  it('turns a wrong expected version into ours, naming the stream, our expectation and the actual revision', () => {
    const error = translateAppendError(wrongExpectedVersion(2n), STREAM, 'no_stream', events);
    expect(error).toBeInstanceOf(WrongExpectedRevisionError);
    expect(error).toMatchObject({ streamId: STREAM, expected: 'no_stream', actual: 2 });
  });

  it('reports a stream that does not exist as actual null', () => {
    expect(translateAppendError(wrongExpectedVersion('no_stream'), STREAM, 0, events)).toMatchObject({
      name: 'WrongExpectedRevisionError',
      expected: 0,
      actual: null,
    });
  });

  it('reports a refused append with expected any as a partly stored batch', () => {
    const error = translateAppendError(wrongExpectedVersion(5n), STREAM, 'any', events);
    expect(error).toBeInstanceOf(DuplicateEventIdError);
    expect(error).toMatchObject({ streamId: STREAM, eventIds: [ADVICE_ISSUED.eventId, SIGNAL_RECORDED.eventId] });
  });

  it('rethrows any other failure unchanged', () => {
    const unavailable = new UnavailableError();
    expect(translateAppendError(unavailable, STREAM, 'any', events)).toBe(unavailable);
  });

  it('rethrows something that is not an error unchanged', () => {
    expect(translateAppendError('connection reset', STREAM, 'any', events)).toBe('connection reset');
  });
});

describe('translating an append the client answered as refused', () => {
  it('names the revision the stream is at', () => {
    expect(refusedAppend(STREAM, 3, events, 4n)).toMatchObject({ name: 'WrongExpectedRevisionError', actual: 4 });
  });
});

describe('recognising a missing stream', () => {
  it("recognises the client's stream-not-found error", () => {
    expect(isStreamNotFound(new StreamNotFoundError(undefined, STREAM))).toBe(true);
  });

  it('does not take other failures for a missing stream', () => {
    expect(isStreamNotFound(new UnavailableError())).toBe(false);
  });
});
