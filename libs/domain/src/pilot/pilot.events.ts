import type { DomainEvent, LocalDate } from '../kit';
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

export type PilotEvent = PilotStarted;
