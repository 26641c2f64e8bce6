import { DEFAULT_PARTICIPATION_REGULATION, type ParticipationRegulation } from '#domain';
import type { ConsultationEntry } from './body-register.doc';

/** How often the body must consult: the alderman a number of times a year, the programme manager every so many months. */
export type ConsultationNorm = Pick<
  ParticipationRegulation,
  'aldermanConsultationsPerYear' | 'programmeManagerConsultationEveryMonths'
>;

/** A count against its norm: `met` is `null` while the year runs and the norm can still be met. */
export interface CountAgainstNorm {
  readonly count: number;
  readonly norm: number;
  readonly met: boolean | null;
}

export interface ConsultationYear {
  readonly year: number;
  /** The year has not ended yet (Europe/Amsterdam date). */
  readonly inProgress: boolean;
  readonly alderman: CountAgainstNorm;
  /** `norm` is the number of consultations the interval asks for in the year. */
  readonly programmeManager: CountAgainstNorm & { readonly everyMonths: number };
  readonly consultations: readonly ConsultationEntry[];
}

/**
 * A regional body answers to every municipality it serves: it keeps the strictest norm among
 * their regulations, and the regulation's defaults (twice a year, every two months) where a
 * municipality set none (seed 004, "Relatie college").
 */
export function strictestNorm(regulations: readonly (ConsultationNorm | undefined)[]): ConsultationNorm {
  const norms = regulations.map((r) => r ?? DEFAULT_PARTICIPATION_REGULATION);
  if (norms.length === 0) return pickNorm(DEFAULT_PARTICIPATION_REGULATION);
  return {
    aldermanConsultationsPerYear: Math.max(...norms.map((n) => n.aldermanConsultationsPerYear)),
    programmeManagerConsultationEveryMonths: Math.min(...norms.map((n) => n.programmeManagerConsultationEveryMonths)),
  };
}

const pickNorm = (r: ConsultationNorm): ConsultationNorm => ({
  aldermanConsultationsPerYear: r.aldermanConsultationsPerYear,
  programmeManagerConsultationEveryMonths: r.programmeManagerConsultationEveryMonths,
});

/**
 * Every year from the body's establishment to today, newest first, with its consultations
 * counted against the norm. A year without any is listed too: that is the year the norm was
 * missed. In the year the body was established the norm counts only its months from then on.
 */
export function consultationYears(
  consultations: readonly ConsultationEntry[],
  norm: ConsultationNorm,
  establishedOn: string,
  today: string,
): ConsultationYear[] {
  const firstYear = Number(establishedOn.slice(0, 4));
  const thisYear = Number(today.slice(0, 4));
  const years: ConsultationYear[] = [];
  for (let year = thisYear; year >= firstYear; year -= 1) {
    const months = year === firstYear ? 13 - Number(establishedOn.slice(5, 7)) : 12;
    const held = consultations.filter((c) => c.heldOn.startsWith(`${year}-`));
    const inProgress = year === thisYear;
    const against = (count: number, wanted: number): CountAgainstNorm => ({
      count,
      norm: wanted,
      met: count >= wanted ? true : inProgress ? null : false,
    });
    const everyMonths = norm.programmeManagerConsultationEveryMonths;
    years.push({
      year,
      inProgress,
      alderman: against(
        held.filter((c) => c.with === 'alderman').length,
        Math.ceil((norm.aldermanConsultationsPerYear * months) / 12),
      ),
      programmeManager: {
        ...against(held.filter((c) => c.with === 'programme-manager').length, Math.floor(months / everyMonths)),
        everyMonths,
      },
      consultations: held,
    });
  }
  return years;
}
