import type { Command } from '../kit';
import type { LocalDate } from '../kit';

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

export type PilotCommand = StartPilot;
