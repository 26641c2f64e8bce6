import type { Command } from '../kit';
import type { LocalDate } from '../kit';
import type { EvaluationTopic } from './evaluation-findings';

export interface Criterion {
  readonly metric: string;
  readonly target: number;
}

export type StartPilot = Command<
  'StartPilot',
  {
    readonly pilotId: string;
    readonly name: string;
    readonly bodyIds: readonly string[];
    readonly startsOn: LocalDate;
    readonly endsOn: LocalDate;
    readonly criteria: readonly Criterion[];
  }
>;

/** An evaluator's qualitative finding about the pilot; `findingId` is assigned by the application. */
export type RecordEvaluationFinding = Command<
  'RecordEvaluationFinding',
  {
    readonly pilotId: string;
    readonly findingId: string;
    readonly topic: EvaluationTopic;
    readonly finding: string;
    readonly recordedOn: LocalDate;
  }
>;

export type PilotCommand = StartPilot | RecordEvaluationFinding;
