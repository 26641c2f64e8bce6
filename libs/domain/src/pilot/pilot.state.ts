import { assertNever } from '../kit';
import type { PilotEvent, PilotStarted } from './pilot.events';

export type PilotState =
  | { readonly status: 'none' }
  | ({ readonly status: 'running'; readonly findingIds: readonly string[] } & PilotStarted['data']);

export function initialPilotState(): PilotState {
  return { status: 'none' };
}

export function evolvePilot(state: PilotState, event: PilotEvent): PilotState {
  switch (event.type) {
    case 'PilotStarted':
      return { status: 'running', ...event.data, findingIds: [] };
    case 'EvaluationFindingRecorded':
      return state.status === 'running' ? { ...state, findingIds: [...state.findingIds, event.data.findingId] } : state;
    default:
      return assertNever(event);
  }
}
