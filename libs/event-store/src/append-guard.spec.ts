import { assertAppendable } from './append-guard';
import { InvalidAppendError } from './event-store.errors';
import { ADVICE_ISSUED, SIGNAL_RECORDED } from './eventstoredb/eventstoredb-test-events';

const STREAM = 'advice-trajectory-4f1e';

describe('guarding an append before it reaches the server', () => {
  it('lets a well-formed append through', () => {
    expect(() => assertAppendable(STREAM, [ADVICE_ISSUED, SIGNAL_RECORDED], 3)).not.toThrow();
  });

  it('refuses an empty append', () => {
    expect(() => assertAppendable(STREAM, [], 'any')).toThrow(InvalidAppendError);
  });

  it('refuses a system stream', () => {
    expect(() => assertAppendable('$settings', [ADVICE_ISSUED], 'any')).toThrow(/reserved/);
  });

  it('refuses a system event type, which $all would never show', () => {
    expect(() => assertAppendable(STREAM, [{ ...ADVICE_ISSUED, type: '$metadata' }], 'any')).toThrow(/reserved/);
  });

  it('refuses an event id that is not a UUID', () => {
    expect(() => assertAppendable(STREAM, [{ ...ADVICE_ISSUED, eventId: 'advice-1' }], 'any')).toThrow(/not a UUID/);
  });

  it('refuses a batch that repeats an event id', () => {
    expect(() => assertAppendable(STREAM, [ADVICE_ISSUED, ADVICE_ISSUED], 'any')).toThrow(/repeats/);
  });

  it('refuses a negative expected revision', () => {
    expect(() => assertAppendable(STREAM, [ADVICE_ISSUED], -1)).toThrow(/not a stream revision/);
  });
});
