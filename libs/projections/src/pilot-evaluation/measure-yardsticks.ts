import { CLIENT_PERSPECTIVES, directionOf, type Yardstick } from '#domain';
import { overdueCheckpointsOf, type AdviceRegisterDoc, type RecommendationEntry } from '../advice-register';
import { isFromSignals, type AgendaItemEntry } from '../agenda-register';
import type { SignalRegisterDoc } from '../signal-register/signal-register.projection';
import type { TableRegisterDoc } from '../table-register';
import { daysBetween } from './days-between';
import type { ConsultationRows } from './pilot-consultations';
import type { YardstickResult } from './pilot-evaluation.types';

/** The read-model rows of one scope (the pilot, a body or a municipality) within the period. */
export interface ScopeRows {
  /** Trajectories started within the period. */
  readonly started: readonly AdviceRegisterDoc[];
  /** Trajectories whose advice was issued within the period. */
  readonly advised: readonly AdviceRegisterDoc[];
  readonly signals: readonly SignalRegisterDoc[];
  readonly tables: readonly TableRegisterDoc[];
  /** Agenda items added within the period. */
  readonly agendaItems: readonly AgendaItemEntry[];
  /** Every table advice may rest on, by id, whatever its period or body. */
  readonly tablesById: ReadonlyMap<string, TableRegisterDoc>;
  readonly consultations: ConsultationRows;
}

export type Measurement = Omit<YardstickResult, 'target' | 'met'>;

/** A share 0–1, or null when there is nothing to divide by. */
export function share(count: number, of: number): number | null {
  return of === 0 ? null : count / of;
}

/** The middle value (mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Whether clients were actually heard at the table: a client or lived-experience contribution
 * was recorded there, not merely a participant registered or a text written afterwards.
 */
export function clientsWereHeard(table: TableRegisterDoc): boolean {
  return table.contributions.some((c) => CLIENT_PERSPECTIVES.includes(c.perspective));
}

const count = <T>(items: readonly T[], predicate: (item: T) => boolean): number => items.filter(predicate).length;

/** Every yardstick of shared/domain.md over one scope; `today` decides which deadlines have passed. */
export function measureYardsticks(rows: ScopeRows, today: string): Measurement[] {
  const { started, advised, signals, tables, agendaItems, tablesById, consultations } = rows;
  // The advice's own client-perspective text is mandatory, so it says nothing; the evidence does.
  const restsOnHeardClients = (doc: AdviceRegisterDoc): boolean =>
    doc.tableIds.some((id) => {
      const table = tablesById.get(id);
      return table !== undefined && clientsWereHeard(table);
    });
  const responded = advised.filter((doc) => doc.respondedOn !== undefined);
  // Only advice whose deadline has come (or that was answered) can be judged on time.
  const judgeable = advised.filter(
    (doc) => doc.responseDueOn !== undefined && (doc.respondedOn !== undefined || doc.responseDueOn < today),
  );
  // Only advice that was issued, or whose term has passed, can be judged on the body's side;
  // a request withdrawn before the advice was due leaves nothing to judge.
  const adviceJudgeable = started.filter(
    (doc) =>
      doc.adviceDueOn !== undefined &&
      (doc.advice !== undefined || (doc.withdrawn === undefined && doc.adviceDueOn < today)),
  );
  const answered = advised.flatMap((doc) => doc.advice?.recommendations ?? []).filter((r) => r.collegeDecision);
  const decided = (decision: RecommendationEntry['collegeDecision']): RecommendationEntry[] =>
    answered.filter((r) => r.collegeDecision === decision);
  const notAdopted = decided('not-adopted');
  // Only what the college took on (fully or partly) is meant to be realised.
  const takenOn = answered.filter((r) => r.collegeDecision !== 'not-adopted');
  const assessed = signals.filter((s) => s.scope !== undefined);
  const closed = signals.filter((s) => s.status === 'closed');
  const closedTables = tables.filter((t) => t.close !== undefined);
  const participants = tables.flatMap((t) => t.participants);
  const perspectives = [...new Set(participants.map((p) => p.perspective))].sort();
  const measurements: Record<Yardstick, Omit<Measurement, 'metric' | 'direction'>> = {
    'early-involvement-share': {
      value: share(
        count(started, (d) => d.policyPhase === 'agenda-setting' || d.policyPhase === 'preparation'),
        started.length,
      ),
    },
    'client-perspective-share': {
      value: share(count(advised, restsOnHeardClients), advised.length),
    },
    'written-response-share': { value: share(responded.length, advised.length) },
    'response-days-median': {
      value: median(responded.map((d) => daysBetween(d.advice!.issuedOn, d.respondedOn!))),
    },
    'response-on-time-share': {
      value: share(
        count(judgeable, (d) => d.respondedOn !== undefined && d.respondedOn <= d.responseDueOn!),
        judgeable.length,
      ),
    },
    'recommendations-adopted-share': { value: share(decided('adopted').length, answered.length) },
    'recommendations-partially-adopted-share': {
      value: share(decided('partially-adopted').length, answered.length),
    },
    'recommendations-not-adopted-share': { value: share(notAdopted.length, answered.length) },
    'not-adopted-with-reasoning-share': {
      value: share(
        count(notAdopted, (r) => (r.reasoning?.trim() ?? '') !== ''),
        notAdopted.length,
      ),
    },
    'attached-to-proposal-share': {
      value: share(
        count(advised, (d) => d.proposals.length > 0),
        advised.length,
      ),
    },
    'unsolicited-advice-count': { value: count(advised, (d) => d.kind === 'unsolicited') },
    'agenda-items-from-signals-count': { value: count(agendaItems, isFromSignals) },
    'signals-count': { value: signals.length },
    'collective-signal-share': {
      value: share(
        count(assessed, (s) => s.scope === 'collective'),
        assessed.length,
      ),
    },
    'signals-closed-with-feedback-share': {
      value: share(
        count(closed, (s) => s.feedbackGiven === true),
        closed.length,
      ),
    },
    'participants-by-perspective': {
      value: participants.length,
      byPerspective: perspectives.map((perspective) => ({
        perspective,
        count: count(participants, (p) => p.perspective === perspective),
      })),
    },
    'youth-participants-count': { value: count(participants, (p) => p.perspective === 'youth') },
    'tables-missing-expected-groups-share': {
      value: share(
        count(tables, (t) => t.representativeness.missing.length > 0),
        tables.length,
      ),
    },
    'recommendations-realised-share': {
      value: share(
        count(takenOn, (r) => r.implementation?.status === 'realised'),
        takenOn.length,
      ),
    },
    // A waiver is the recorded exception to hearing clients: the fewer tables need one, the better.
    'tables-closed-with-waiver-share': {
      value: share(
        count(closedTables, (t) => (t.close?.clientPerspectiveWaiver?.trim() ?? '') !== ''),
        closedTables.length,
      ),
    },
    'advice-on-time-share': {
      value: share(
        count(adviceJudgeable, (d) => d.advice !== undefined && d.advice.issuedOn <= d.adviceDueOn!),
        adviceJudgeable.length,
      ),
    },
    'follow-up-checkpoints-overdue-count': {
      value: advised.reduce((sum, doc) => sum + overdueCheckpointsOf(doc, today).length, 0),
    },
    'process-advice-count': { value: count(advised, (d) => d.advice?.adviceKind === 'process') },
    'alderman-consultations-per-year': {
      value: consultations.bodyYears === 0 ? null : consultations.aldermanConsultations / consultations.bodyYears,
    },
  };
  return Object.entries(measurements).map(([name, m]) => {
    const metric = name as Yardstick;
    return { metric, direction: directionOf(metric), ...m };
  });
}
