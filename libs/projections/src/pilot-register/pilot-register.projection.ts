import { assertNever, type EvaluationTopic, type PilotEvent, type Yardstick } from '#domain';
import type { Projection } from '../projection';

export interface PilotFinding {
  readonly findingId: string;
  readonly topic: EvaluationTopic;
  readonly finding: string;
  readonly recordedOn: string;
  /** The evaluator's pseudonymous id is left out: findings are about how parties worked together. */
  readonly recordedAt: string;
}

export interface PilotRegisterDoc {
  readonly pilotId: string;
  readonly name: string;
  readonly bodyIds: readonly string[];
  readonly startsOn: string;
  readonly endsOn: string;
  readonly criteria: readonly { readonly metric: Yardstick; readonly target: number }[];
  /** The evaluators' qualitative findings, by the day they were recorded. */
  readonly findings: readonly PilotFinding[];
  readonly startedAt: string;
}

type DataOf<T extends PilotEvent['type']> = Extract<PilotEvent, { type: T }>['data'];
const EVENT_TYPES = ['PilotStarted', 'EvaluationFindingRecorded'] as const;

/** The pilots: one row per pilot with its bodies, period, criteria and the evaluators' findings. */
export const pilotRegister: Projection<PilotRegisterDoc> = {
  name: 'pilot-register',
  version: 2,
  eventTypes: EVENT_TYPES,
  keysOf: (event) => [(event.data as { pilotId: string }).pilotId],
  evolve: (doc, event) => {
    const type = event.type as (typeof EVENT_TYPES)[number];
    switch (type) {
      case 'PilotStarted': {
        const data = event.data as DataOf<'PilotStarted'>;
        // Started once; a replay keeps the findings folded in after it.
        return {
          pilotId: data.pilotId,
          name: data.name,
          bodyIds: [...data.bodyIds],
          startsOn: data.startsOn,
          endsOn: data.endsOn,
          criteria: data.criteria.map(({ metric, target }) => ({ metric, target })),
          findings: doc?.findings ?? [],
          startedAt: doc?.startedAt ?? event.recordedAt.toISOString(),
        };
      }
      case 'EvaluationFindingRecorded': {
        if (!doc) return null;
        const { findingId, topic, finding, recordedOn } = event.data as DataOf<'EvaluationFindingRecorded'>;
        if (doc.findings.some((f) => f.findingId === findingId)) return doc;
        const entry = { findingId, topic, finding, recordedOn, recordedAt: event.recordedAt.toISOString() };
        const findings = [...doc.findings, entry].sort((a, b) => a.recordedOn.localeCompare(b.recordedOn));
        return { ...doc, findings };
      }
      default:
        return assertNever(type);
    }
  },
};
