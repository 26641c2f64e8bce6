import type { DomainEvent, LocalDate } from '../kit';
import type { EvaluationTopic } from './evaluation-findings';
import type { Yardstick } from './yardsticks';

export type PilotStarted = DomainEvent<
  'PilotStarted',
  {
    readonly pilotId: string;
    readonly name: string;
    readonly bodyIds: readonly string[];
    readonly startsOn: LocalDate;
    readonly endsOn: LocalDate;
    readonly criteria: readonly { readonly metric: Yardstick; readonly target: number }[];
  }
>;

/** A finding about how parties worked together, not about a person: kept plain. */
export type EvaluationFindingRecorded = DomainEvent<
  'EvaluationFindingRecorded',
  {
    readonly pilotId: string;
    readonly findingId: string;
    readonly topic: EvaluationTopic;
    readonly finding: string;
    readonly recordedOn: LocalDate;
  }
>;

export type PilotEvent = PilotStarted | EvaluationFindingRecorded;
