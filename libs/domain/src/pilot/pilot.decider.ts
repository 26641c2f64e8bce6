import type { Decider } from '../kit';
import type { PilotCommand } from './pilot.commands';
import type { PilotEvent } from './pilot.events';
import {
  criteriaMustUseKnownYardsticks,
  pilotMustNotExistYet,
  pilotNeedsAName,
  pilotNeedsParticipationBodies,
  pilotPeriodMustEndAfterItStarts,
} from './pilot.rules';
import { evolvePilot, initialPilotState, type PilotState } from './pilot.state';

export const PILOT_STREAM_PREFIX = 'pilot-';

export function pilotStreamId(pilotId: string): string {
  return `${PILOT_STREAM_PREFIX}${pilotId}`;
}

function decidePilot(command: PilotCommand, state: PilotState): PilotEvent[] {
  const { data } = command;
  pilotMustNotExistYet(state.status !== 'none');
  pilotNeedsAName(data.name);
  pilotNeedsParticipationBodies(data.bodyIds);
  pilotPeriodMustEndAfterItStarts(data.startsOn, data.endsOn);
  const criteria = criteriaMustUseKnownYardsticks(data.criteria);
  return [{ type: 'PilotStarted', data: { ...data, name: data.name.trim(), criteria } }];
}

export const pilotDecider: Decider<PilotCommand, PilotEvent, PilotState> = {
  decide: decidePilot,
  evolve: evolvePilot,
  initialState: initialPilotState,
};
