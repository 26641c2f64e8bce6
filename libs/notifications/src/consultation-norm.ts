import { consultationYears, type BodyRegisterDoc, type ConsultationNorm } from '#projections';
import { addDays } from './deadlines';
import type { NormKind } from './notification-kinds';

/** A body's count of alderman consultations in a year, short of the regulation's norm. */
export interface NormShortfall {
  readonly kind: NormKind;
  readonly bodyId: string;
  readonly bodyName: string;
  readonly year: number;
  readonly count: number;
  readonly norm: number;
  /** The day the reminder's moment began: its id derives from it, so it goes once. */
  readonly day: string;
}

/**
 * The reminder the alderman consultation norm calls for on `today` (Europe/Amsterdam), if any:
 * `daysBefore` days before the year ends while this year's count is below the norm, and, in
 * the month after a year ended, once that year closed below it. Counted from the body
 * register as the consultations page counts (`consultationYears`): in the body's first year
 * the norm is prorated to its months.
 */
export function normShortfallsOf(
  body: BodyRegisterDoc,
  norm: ConsultationNorm,
  today: string,
  daysBefore: number,
): NormShortfall[] {
  const years = consultationYears(body.consultations, norm, body.establishedAt, today);
  const shortfall = (kind: NormKind, year: (typeof years)[number], day: string): NormShortfall => ({
    kind,
    bodyId: body.bodyId,
    bodyName: body.name,
    year: year.year,
    count: year.alderman.count,
    norm: year.alderman.norm,
    day,
  });
  const thisYear = Number(today.slice(0, 4));
  const reminders: NormShortfall[] = [];
  const current = years.find((y) => y.year === thisYear);
  const soonDay = addDays(`${thisYear}-12-31`, -daysBefore);
  if (current && daysBefore > 0 && today >= soonDay && current.alderman.met === null) {
    reminders.push(shortfall('consultation-norm-soon', current, soonDay));
  }
  const last = years.find((y) => y.year === thisYear - 1);
  if (last && today.slice(5, 7) === '01' && last.alderman.met === false) {
    reminders.push(shortfall('consultation-norm-missed', last, `${thisYear}-01-01`));
  }
  return reminders;
}
