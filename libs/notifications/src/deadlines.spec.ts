import { adviceDoc } from '../../projections/src/advice-register/advice-register.fixtures';
import { addDays, amsterdamDate, momentOf, openTermsOf } from './deadlines';

describe('the moment a term has reached', () => {
  it('is none before the days-before reminder', () => {
    expect(momentOf('2026-12-20', '2026-12-12', 7)).toBeNull();
  });
  it('is "soon" from the configured number of days before', () => {
    expect(momentOf('2026-12-20', '2026-12-13', 7)).toEqual({ moment: 'soon', day: '2026-12-13' });
    expect(momentOf('2026-12-20', '2026-12-19', 7)).toEqual({ moment: 'soon', day: '2026-12-13' });
  });
  it('is "due" on the day itself', () => {
    expect(momentOf('2026-12-20', '2026-12-20', 7)).toEqual({ moment: 'due', day: '2026-12-20' });
  });
  it('is "overdue" from the day after, however long ago', () => {
    expect(momentOf('2026-12-20', '2027-03-01', 7)).toEqual({ moment: 'overdue', day: '2026-12-21' });
  });
  it('sends no early reminder when none is configured', () => {
    expect(momentOf('2026-12-20', '2026-12-19', 0)).toBeNull();
  });
});

describe('the open terms of a trajectory', () => {
  const advice = { version: 1, issuedOn: '2026-11-01', summary: 's', clientPerspective: 'c', recommendations: [] };

  it("are the body's advice while none is issued", () => {
    const terms = openTermsOf(adviceDoc('t1', { adviceDueOn: '2026-12-01' }));
    expect(terms.map((t) => [t.term, t.dueOn, t.secretariesOf])).toEqual([
      ['advice', '2026-12-01', 'c0a80101-0000-4000-8000-0000000000b1'],
    ]);
  });

  it("are the college's response once advice is issued, for the responsible official", () => {
    const terms = openTermsOf(
      adviceDoc('t2', { advice, responseDueOn: '2026-12-13', responsibleOfficial: 'official-1' }),
    );
    expect(terms.map((t) => [t.term, t.dueOn, t.official])).toEqual([['response', '2026-12-13', 'official-1']]);
  });

  it('include each follow-up checkpoint without a progress report since its date', () => {
    const doc = adviceDoc('t3', {
      advice: {
        ...advice,
        recommendations: [
          { number: 1, text: 'r', implementation: { status: 'in-progress', reportedOn: '2027-01-05' } },
        ],
      },
      respondedOn: '2026-11-20',
      followUp: [
        { dueOn: '2027-01-01', description: 'eerste meting' },
        { dueOn: '2027-06-01', description: 'tweede meting' },
      ],
    });
    expect(openTermsOf(doc).map((t) => t.key)).toEqual(['checkpoint:t3:1:2027-06-01']);
  });

  it('are none once the trajectory is closed or withdrawn', () => {
    const closed = adviceDoc('t4', { adviceDueOn: '2026-12-01', closed: { closedAt: '2026-11-01T00:00:00Z' } });
    expect(openTermsOf(closed)).toEqual([]);
  });
});

describe('dates', () => {
  it('counts days across a month end', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
  });
  it('takes the date in Amsterdam, an hour or two ahead of UTC', () => {
    expect(amsterdamDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });
});
