import type { ConsultationEntry } from './body-register.doc';
import { consultationYears, strictestNorm } from './consultation-norms';

const DEFAULTS = { aldermanConsultationsPerYear: 2, programmeManagerConsultationEveryMonths: 2 };
const held = (heldOn: string, partner: ConsultationEntry['with']): ConsultationEntry => ({
  consultationId: `${partner}-${heldOn}`,
  heldOn,
  with: partner,
  topics: ['jaaragenda'],
});

describe('consultations against the regulation’s norms', () => {
  it('takes the defaults where a municipality set no regulation, and the strictest norm of a region', () => {
    expect(strictestNorm([])).toEqual(DEFAULTS);
    expect(strictestNorm([undefined])).toEqual(DEFAULTS);
    const strict = { aldermanConsultationsPerYear: 4, programmeManagerConsultationEveryMonths: 3 };
    const loose = { aldermanConsultationsPerYear: 1, programmeManagerConsultationEveryMonths: 1 };
    expect(strictestNorm([strict, loose])).toEqual({
      aldermanConsultationsPerYear: 4,
      programmeManagerConsultationEveryMonths: 1,
    });
  });

  it('judges an ended year met or missed, and the running year not yet', () => {
    const consultations = [
      held('2025-03-01', 'alderman'),
      held('2025-09-01', 'alderman'),
      held('2025-10-01', 'programme-manager'),
      held('2026-02-01', 'alderman'),
    ];
    const [running, ended] = consultationYears(consultations, DEFAULTS, '2025-01-15T09:00:00Z', '2026-05-01');
    expect(ended).toMatchObject({
      year: 2025,
      inProgress: false,
      alderman: { count: 2, norm: 2, met: true },
      programmeManager: { count: 1, norm: 6, met: false, everyMonths: 2 },
    });
    expect(running).toMatchObject({
      year: 2026,
      inProgress: true,
      alderman: { count: 1, norm: 2, met: null },
      programmeManager: { count: 0, norm: 6, met: null },
    });
  });

  it('lists a year without consultations as missed', () => {
    const years = consultationYears([], DEFAULTS, '2024-01-01T09:00:00Z', '2026-05-01');
    expect(years.map((y) => y.year)).toEqual([2026, 2025, 2024]);
    expect(years[1]?.alderman).toEqual({ count: 0, norm: 2, met: false });
  });

  it('asks in the year of establishment only for the months from then on', () => {
    const [first] = consultationYears([], DEFAULTS, '2026-11-20T09:00:00Z', '2026-12-01');
    expect(first?.alderman.norm).toBe(1);
    expect(first?.programmeManager.norm).toBe(1);
  });
});
