import { START } from '@kurrent/kurrentdb-client';
import {
  UNKNOWN_POSITION,
  commitPositionOf,
  isStrictlyAfter,
  toReadPosition,
  writtenCommitPosition,
} from './eventstoredb-positions';
import { storedEvent } from './eventstoredb-test-events';

describe('choosing where a read of $all starts', () => {
  it('starts at the beginning of $all without a checkpoint', () => {
    expect(toReadPosition(undefined)).toBe(START);
  });

  it('starts at the beginning of $all for a negative checkpoint', () => {
    expect(toReadPosition(-1n)).toBe(START);
  });

  it('starts at the checkpoint event itself, as commit and prepare position', () => {
    expect(toReadPosition(4_096n)).toEqual({ commit: 4_096n, prepare: 4_096n });
  });

  it('starts at the beginning of the log for checkpoint 0', () => {
    expect(toReadPosition(0n)).toEqual({ commit: 0n, prepare: 0n });
  });
});

describe('the strictly-after rule', () => {
  it('delivers an event after the checkpoint', () => {
    expect(isStrictlyAfter(4_097n, 4_096n)).toBe(true);
  });

  it('drops the checkpoint event, which the inclusive read returns again', () => {
    expect(isStrictlyAfter(4_096n, 4_096n)).toBe(false);
  });

  it('drops an event before the checkpoint', () => {
    expect(isStrictlyAfter(100n, 4_096n)).toBe(false);
  });

  it('delivers every event without a checkpoint', () => {
    expect(isStrictlyAfter(0n, undefined)).toBe(true);
  });
});

describe('reading the commit position of a read event', () => {
  it("takes the event's commit position", () => {
    expect(commitPositionOf(storedEvent({ commit: 700n, prepare: 650n }))).toBe(700n);
  });

  it('falls back to the commit position of the read result when the event carries none', () => {
    const resolved = storedEvent({ commit: 700n });
    const { position: _position, ...withoutPosition } = resolved.event!;
    expect(commitPositionOf({ event: withoutPosition as typeof resolved.event, commitPosition: 700n })).toBe(700n);
  });

  it('reports no position when the server sent the unsigned -1', () => {
    expect(commitPositionOf(storedEvent({ commit: UNKNOWN_POSITION }))).toBeUndefined();
  });

  it('reports no position for a read result that carries none', () => {
    expect(commitPositionOf({})).toBeUndefined();
  });
});

describe('reading the position an append answered', () => {
  it('takes the commit position of the write', () => {
    expect(writtenCommitPosition({ position: { commit: 2_048n } })).toBe(2_048n);
  });

  it('reports no position for a repeated append the server answered without one', () => {
    expect(writtenCommitPosition({})).toBeUndefined();
  });

  it('reports no position for a repeated append the server answered with -1', () => {
    expect(writtenCommitPosition({ position: { commit: -1n } })).toBeUndefined();
  });
});
