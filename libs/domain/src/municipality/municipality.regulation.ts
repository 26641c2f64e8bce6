/**
 * What the local participation regulation (verordening) sets: the college's response term, the
 * body's advice term, and the consultation norms — the alderman at least twice a year, the
 * programme manager every two months (seed 004, "Relatie college").
 */
export interface ParticipationRegulation {
  readonly responseTermDays: number;
  readonly adviceTermDays: number;
  readonly aldermanConsultationsPerYear: number;
  readonly programmeManagerConsultationEveryMonths: number;
}

export const DEFAULT_PARTICIPATION_REGULATION: ParticipationRegulation = {
  responseTermDays: 42,
  adviceTermDays: 42,
  aldermanConsultationsPerYear: 2,
  programmeManagerConsultationEveryMonths: 2,
};
