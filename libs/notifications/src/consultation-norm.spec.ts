import type { BodyRegisterDoc, ConsultationEntry } from '#projections';
import { normShortfallsOf } from './consultation-norm';

const NORM = { aldermanConsultationsPerYear: 2, programmeManagerConsultationEveryMonths: 2 };

const withAlderman = (heldOn: string): ConsultationEntry => ({
  consultationId: `c-${heldOn}`,
  heldOn,
  with: 'alderman',
  topics: ['Wmo'],
});

const body = (consultations: ConsultationEntry[], establishedAt = '2024-03-01T10:00:00.000Z'): BodyRegisterDoc => ({
  bodyId: 'body-1',
  name: 'Adviesraad Sociaal Domein',
  kind: 'municipal',
  municipalityCodes: ['GM0375'],
  domains: ['wmo'],
  establishedAt,
  members: [],
  consultations,
  selfEvaluations: [],
});

describe('the alderman consultation norm', () => {
  it('reminds nobody before the configured number of days ahead of the year end', () => {
    expect(normShortfallsOf(body([withAlderman('2026-03-01')]), NORM, '2026-11-30', 30)).toEqual([]);
  });

  it('reminds a body short of the norm from the configured number of days before the year ends', () => {
    expect(normShortfallsOf(body([withAlderman('2026-03-01')]), NORM, '2026-12-01', 30)).toEqual([
      {
        kind: 'consultation-norm-soon',
        bodyId: 'body-1',
        bodyName: 'Adviesraad Sociaal Domein',
        year: 2026,
        count: 1,
        norm: 2,
        day: '2026-12-01',
      },
    ]);
  });

  it('reminds nobody once the norm is met, nor when reminders before the year end are switched off', () => {
    const met = body([withAlderman('2026-03-01'), withAlderman('2026-09-01')]);
    expect(normShortfallsOf(met, NORM, '2026-12-20', 30)).toEqual([]);
    expect(normShortfallsOf(body([]), NORM, '2026-12-20', 0)).toEqual([]);
  });

  it('counts only consultations with the alderman, not with the programme manager', () => {
    const managers: ConsultationEntry[] = [
      { ...withAlderman('2026-02-01'), with: 'programme-manager' },
      { ...withAlderman('2026-04-01'), with: 'programme-manager' },
    ];
    expect(normShortfallsOf(body(managers), NORM, '2026-12-20', 30).map((s) => s.count)).toEqual([0]);
  });

  it('says, in the month after, that a year ended short of the norm, dated the first of January', () => {
    const shortfalls = normShortfallsOf(body([withAlderman('2026-05-01')]), NORM, '2027-01-09', 30);
    expect(shortfalls).toEqual([
      expect.objectContaining({ kind: 'consultation-norm-missed', year: 2026, count: 1, day: '2027-01-01' }),
    ]);
    expect(normShortfallsOf(body([withAlderman('2026-05-01')]), NORM, '2027-02-01', 30)).toEqual([]);
  });

  it("prorates the norm in the body's first year", () => {
    // Established in November: two months of twelve, so one consultation meets the norm.
    const young = body([withAlderman('2026-11-20')], '2026-11-02T09:00:00.000Z');
    expect(normShortfallsOf(young, NORM, '2026-12-20', 30)).toEqual([]);
    expect(normShortfallsOf(body([], '2026-11-02T09:00:00.000Z'), NORM, '2026-12-20', 30)).toEqual([
      expect.objectContaining({ count: 0, norm: 1 }),
    ]);
  });
});
