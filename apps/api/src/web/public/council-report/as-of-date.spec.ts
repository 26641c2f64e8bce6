import { dateParam, endOfDayInAmsterdam } from './as-of-date';

describe('the date a trajectory is shown as of', () => {
  it('takes only real calendar dates', () => {
    expect(dateParam('2026-03-02')).toBe('2026-03-02');
    expect(dateParam('2026-02-30')).toBeUndefined();
    expect(dateParam('2 maart')).toBeUndefined();
    expect(dateParam(['2026-03-02'])).toBeUndefined();
  });

  it('ends the day in Amsterdam, in winter and in summer time', () => {
    expect(endOfDayInAmsterdam('2026-01-15')).toBe('2026-01-15T23:59:59.999+01:00');
    expect(endOfDayInAmsterdam('2026-07-15')).toBe('2026-07-15T23:59:59.999+02:00');
  });
});
