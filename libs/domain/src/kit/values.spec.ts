import { dateOf } from './values';

describe("an instant's date in the Netherlands", () => {
  it.each([
    ['2026-12-07T22:59:59.999Z', '2026-12-07'],
    ['2026-12-07T23:00:00.000Z', '2026-12-08'],
    ['2026-12-08T00:30:00+01:00', '2026-12-08'],
    ['2026-07-01T21:59:59Z', '2026-07-01'],
    ['2026-07-01T22:00:00Z', '2026-07-02'],
    // The clocks go forward at 01:00 UTC on 29 March and back at 01:00 UTC on 25 October.
    ['2026-03-28T22:59:00Z', '2026-03-28'],
    ['2026-03-28T23:00:00Z', '2026-03-29'],
    ['2026-03-29T21:59:00Z', '2026-03-29'],
    ['2026-03-29T22:00:00Z', '2026-03-30'],
    ['2026-10-24T21:59:00Z', '2026-10-24'],
    ['2026-10-24T22:00:00Z', '2026-10-25'],
    ['2026-10-25T22:59:00Z', '2026-10-25'],
    ['2026-10-25T23:00:00Z', '2026-10-26'],
  ])('is the local calendar date: %s is %s', (instant, date) => {
    expect(dateOf(instant)).toBe(date);
  });

  it('is the same whichever instant of an hour was asked before', () => {
    const hourAndMidnight = ['2026-12-07T22:10:00Z', '2026-12-07T23:10:00Z', '2026-12-07T22:50:00Z'];

    expect(hourAndMidnight.map(dateOf)).toEqual(['2026-12-07', '2026-12-08', '2026-12-07']);
  });

  it('refuses an instant that is not one', () => {
    expect(() => dateOf('yesterday')).toThrow(RangeError);
  });
});
