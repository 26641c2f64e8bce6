import { assertNever, dateOf, type YardstickDirection } from '#domain';
import type { AdviceRegisterDoc } from '../advice-register';
import type { AgendaItemEntry, AgendaRegisterDoc } from '../agenda-register';
import type { ConsultationNorm } from '../body-register';
import type { SignalRegisterDoc } from '../signal-register/signal-register.projection';
import type { TableRegisterDoc } from '../table-register';
import { measureYardsticks, type Measurement, type ScopeRows } from './measure-yardsticks';
import { aldermanNorm, consultationRows } from './pilot-consultations';
import type {
  EvaluationFinding,
  PilotBodyRecord,
  PilotDefinition,
  PilotEvaluation,
  YardstickResult,
} from './pilot-evaluation.types';

/** What the evaluation draws on, before it is narrowed to the pilot's period and bodies. */
export interface PilotSources {
  readonly advice: readonly AdviceRegisterDoc[];
  readonly signals: readonly SignalRegisterDoc[];
  /** The bodies' tables, and the tables their advice rests on wherever they were held. */
  readonly tables: readonly TableRegisterDoc[];
  readonly agendas: readonly AgendaRegisterDoc[];
  /** The pilot's bodies from their own streams. */
  readonly bodies: readonly PilotBodyRecord[];
  /** The consultation norms of each municipality that set a regulation. */
  readonly regulations: ReadonlyMap<string, ConsultationNorm>;
  /** The evaluators' findings from the pilot's own stream, in the order recorded. */
  readonly findings: readonly EvaluationFinding[];
}

type RegisterRows = Pick<ScopeRows, 'started' | 'advised' | 'signals' | 'tables'>;

/** One scope's rows; `municipalityCodes` names whose regulation holds, when not every one its bodies serve. */
interface Scope {
  readonly rows: RegisterRows;
  readonly items: readonly PlacedItem[];
  readonly bodies: readonly PilotBodyRecord[];
  readonly municipalityCodes?: readonly string[];
}

/** An agenda item with where it belongs: its agenda's body, and the municipalities of the signals it names. */
interface PlacedItem {
  readonly item: AgendaItemEntry;
  readonly bodyId: string;
  readonly municipalityCodes: readonly string[];
}

/**
 * Compares a value with the pilot's target, when it has one and there is a value: `met` means at
 * or above the target where higher is better, at or below it where lower is better.
 */
export function judge(measurement: Measurement, target: number | undefined): YardstickResult {
  if (target === undefined) return measurement;
  if (measurement.value === null) return { ...measurement, target };
  const met = reaches(measurement.direction, measurement.value, target);
  return { ...measurement, target, met };
}

function reaches(direction: YardstickDirection, value: number, target: number): boolean {
  switch (direction) {
    case 'higher-is-better':
      return value >= target;
    case 'lower-is-better':
      return value <= target;
    default:
      return assertNever(direction);
  }
}

/**
 * The pilot's yardsticks over its period and bodies: in total, per body and per municipality.
 * Trajectories count by start date (earliness) or by advice date (everything after the advice);
 * signals by `receivedOn`; tables by the date they opened and agenda items by the date they
 * were added (Europe/Amsterdam). An agenda belongs to a body, not to one municipality: an item
 * counts for the municipalities of the signals it names (none when it names none). A body's
 * consultations count for every municipality it serves.
 */
export function evaluatePilot(pilot: PilotDefinition, sources: PilotSources, today: string): PilotEvaluation {
  const within = (date: string | undefined): boolean =>
    date !== undefined && date >= pilot.startsOn && date <= pilot.endsOn;
  const ofPilot = (bodyId: string | undefined): boolean => bodyId !== undefined && pilot.bodyIds.includes(bodyId);
  const rows: RegisterRows = {
    started: sources.advice.filter((d) => ofPilot(d.bodyId) && within(dateOf(d.startedAt))),
    advised: sources.advice.filter((d) => ofPilot(d.bodyId) && within(d.advice?.issuedOn)),
    signals: sources.signals.filter((s) => ofPilot(s.bodyId) && within(s.receivedOn)),
    tables: sources.tables.filter((t) => ofPilot(t.bodyId) && within(dateOf(t.openedAt))),
  };
  const signalMunicipality = new Map(sources.signals.map((s) => [s.signalId, s.municipalityCode]));
  const items: PlacedItem[] = sources.agendas
    .filter((agenda) => ofPilot(agenda.bodyId))
    .flatMap((agenda) =>
      agenda.items
        .filter((item) => within(dateOf(item.addedAt)))
        .map((item) => ({
          item,
          bodyId: agenda.bodyId,
          municipalityCodes: [...new Set(item.signalIds.flatMap((id) => signalMunicipality.get(id) ?? []))],
        })),
    );
  const bodies = sources.bodies.filter((b) => ofPilot(b.bodyId));
  const tablesById = new Map(sources.tables.map((t) => [t.tableId, t]));
  const targets = new Map(pilot.criteria.map((c) => [c.metric, c.target]));
  const yardsticks = (scope: Scope): YardstickResult[] => {
    const served = [...new Set(scope.bodies.flatMap((b) => b.municipalityCodes))];
    // The regulation's norm stands where the pilot set no target of its own.
    const norm = aldermanNorm(scope.municipalityCodes ?? served, sources.regulations);
    const measured = measureYardsticks(
      {
        ...scope.rows,
        agendaItems: scope.items.map((p) => p.item),
        tablesById,
        consultations: consultationRows(pilot, scope.bodies, today),
      },
      today,
    );
    return measured.map((m) =>
      judge(m, targets.get(m.metric) ?? (m.metric === 'alderman-consultations-per-year' ? norm : undefined)),
    );
  };
  const narrow = (keep: (row: { bodyId?: string; municipalityCode: string }) => boolean): RegisterRows => ({
    started: rows.started.filter(keep),
    advised: rows.advised.filter(keep),
    signals: rows.signals.filter(keep),
    tables: rows.tables.filter(keep),
  });
  const municipalities = [
    ...new Set([
      ...[...rows.started, ...rows.advised, ...rows.signals, ...rows.tables].map((r) => r.municipalityCode),
      ...items.flatMap((p) => p.municipalityCodes),
      ...bodies.flatMap((b) => b.municipalityCodes),
    ]),
  ].sort();
  return {
    pilotId: pilot.pilotId,
    name: pilot.name,
    startsOn: pilot.startsOn,
    endsOn: pilot.endsOn,
    total: yardsticks({ rows, items, bodies }),
    perBody: pilot.bodyIds.map((bodyId) => ({
      bodyId,
      yardsticks: yardsticks({
        rows: narrow((r) => r.bodyId === bodyId),
        items: items.filter((p) => p.bodyId === bodyId),
        bodies: bodies.filter((b) => b.bodyId === bodyId),
      }),
    })),
    perMunicipality: municipalities.map((municipalityCode) => ({
      municipalityCode,
      yardsticks: yardsticks({
        rows: narrow((r) => r.municipalityCode === municipalityCode),
        items: items.filter((p) => p.municipalityCodes.includes(municipalityCode)),
        bodies: bodies.filter((b) => b.municipalityCodes.includes(municipalityCode)),
        municipalityCodes: [municipalityCode],
      }),
    })),
    // Numbers alone do not evaluate the collaboration (seed 004, "Evaluatie"): the words stand beside them.
    findings: [...sources.findings].sort((a, b) => a.recordedOn.localeCompare(b.recordedOn)),
  };
}
