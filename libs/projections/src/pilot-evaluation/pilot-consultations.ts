import { strictestNorm, type ConsultationNorm } from '../body-register';
import { daysBetween } from './days-between';
import type { PilotBodyRecord, PilotDefinition } from './pilot-evaluation.types';

/** What `alderman-consultations-per-year` divides: the consultations held and the body-years they fell in. */
export interface ConsultationRows {
  /** Consultations with the alderman held within the period so far, by the scope's bodies. */
  readonly aldermanConsultations: number;
  /** The scope's bodies times the years of the period so far, each body at least one year. */
  readonly bodyYears: number;
}

const DAYS_PER_MONTH = 365.25 / 12;

/**
 * The years of the period that have passed on `today`, in whole months so a leap day does not
 * tip a two-year pilot below two; at least one, since a norm "per year" cannot be judged on less.
 */
export function yearsElapsed(pilot: Pick<PilotDefinition, 'startsOn' | 'endsOn'>, today: string): number {
  const until = today < pilot.endsOn ? today : pilot.endsOn;
  const days = Math.max(0, daysBetween(pilot.startsOn, until) + 1);
  return Math.max(1, Math.round(days / DAYS_PER_MONTH) / 12);
}

/** The alderman consultations of `bodies` within the pilot's period so far, and their body-years. */
export function consultationRows(
  pilot: Pick<PilotDefinition, 'startsOn' | 'endsOn'>,
  bodies: readonly PilotBodyRecord[],
  today: string,
): ConsultationRows {
  const until = today < pilot.endsOn ? today : pilot.endsOn;
  const aldermanConsultations = bodies
    .flatMap((b) => b.consultations)
    .filter((c) => c.with === 'alderman' && c.heldOn >= pilot.startsOn && c.heldOn <= until).length;
  return { aldermanConsultations, bodyYears: bodies.length * yearsElapsed(pilot, today) };
}

/**
 * The norm a scope is held to when the pilot sets no target: a body answers to every
 * municipality it serves, so the strictest regulation among them counts, and the
 * regulation's default where a municipality set none (`strictestNorm`, as the body register).
 */
export function aldermanNorm(
  municipalityCodes: readonly string[],
  regulations: ReadonlyMap<string, ConsultationNorm>,
): number {
  return strictestNorm(municipalityCodes.map((code) => regulations.get(code))).aldermanConsultationsPerYear;
}
