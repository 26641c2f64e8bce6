import { assertNever } from '../kit';
import type { PilotEvent, PilotStarted } from './pilot.events';

export type PilotState = { readonly status: 'none' } | ({ readonly status: 'running' } & PilotStarted['data']);

export function initialPilotState(): PilotState {
  return { status: 'none' };
}

export function evolvePilot(_state: PilotState, event: PilotEvent): PilotState {
  switch (event.type) {
    case 'PilotStarted':
      return { status: 'running', ...event.data };
    default:
      return assertNever(event.type);
  }
}
