import type { ConsultationPartner, EvaluationTopic, TableGroup, Yardstick, YardstickDirection } from '#domain';

/** The pilot as its `PilotStarted` event set it out: bodies, period and criteria. */
export interface PilotDefinition {
  readonly pilotId: string;
  readonly name: string;
  readonly bodyIds: readonly string[];
  readonly startsOn: string;
  readonly endsOn: string;
  readonly criteria: readonly { readonly metric: string; readonly target: number }[];
}

/** One of the pilot's bodies as its own stream holds it: the municipalities it serves and its consultations. */
export interface PilotBodyRecord {
  readonly bodyId: string;
  readonly municipalityCodes: readonly string[];
  readonly consultations: readonly { readonly heldOn: string; readonly with: ConsultationPartner }[];
}

/** An evaluator's qualitative finding on the pilot (seed 004, "Evaluatie"). */
export interface EvaluationFinding {
  readonly findingId: string;
  readonly topic: EvaluationTopic;
  readonly finding: string;
  readonly recordedOn: string;
}

/** One yardstick over one scope; `target` and `met` only when the pilot's criteria name it. */
export interface YardstickResult {
  readonly metric: Yardstick;
  /** Whether a higher or a lower value is better; `met` judges by it. */
  readonly direction: YardstickDirection;
  /** Shares 0–1, counts, or days; null when there is nothing to measure (denominator 0). */
  readonly value: number | null;
  readonly target?: number;
  readonly met?: boolean;
  readonly note?: string;
  /** Only for `participants-by-perspective`: the count behind `value` per perspective. */
  readonly byPerspective?: readonly { readonly perspective: TableGroup; readonly count: number }[];
}

export interface PilotEvaluation {
  readonly pilotId: string;
  readonly name: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly total: readonly YardstickResult[];
  readonly perBody: readonly { readonly bodyId: string; readonly yardsticks: readonly YardstickResult[] }[];
  readonly perMunicipality: readonly {
    readonly municipalityCode: string;
    readonly yardsticks: readonly YardstickResult[];
  }[];
  /** The evaluators' qualitative findings beside the yardsticks, by the day they were recorded. */
  readonly findings: readonly EvaluationFinding[];
}
