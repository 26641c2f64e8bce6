import { formatDate, formatInstant } from './format';

describe('dates on the pages', () => {
  it('reads a calendar date in the page language, whatever the server time zone', () => {
    expect(formatDate('nl-NL', '2026-03-02')).toBe('2 maart 2026');
    expect(formatDate('en-GB', '2026-03-02')).toBe('2 March 2026');
  });

  it('shows an instant in Amsterdam time', () => {
    expect(formatInstant('nl-NL', '2026-11-23T23:30:00Z')).toBe('24 november 2026 om 00:30');
  });
});
