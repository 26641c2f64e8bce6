import { assertNever, type Decider } from '../kit';
import type { PilotCommand, StartPilot } from './pilot.commands';
import type { PilotEvent, PilotStarted } from './pilot.events';
import {
  criteriaMustUseKnownYardsticks,
  pilotMustNotExistYet,
  pilotNeedsAName,
  pilotNeedsParticipationBodies,
  pilotPeriodMustEndAfterItStarts,
} from './pilot.rules';
import { evolvePilot, initialPilotState, type PilotState } from './pilot.state';
import { decideRecordEvaluationFinding } from './record-evaluation-finding.decide';

export const PILOT_STREAM_PREFIX = 'pilot-';

export function pilotStreamId(pilotId: string): string {
  return `${PILOT_STREAM_PREFIX}${pilotId}`;
}

function startPilot(command: StartPilot, state: PilotState): PilotStarted[] {
  const { data } = command;
  pilotMustNotExistYet(state.status !== 'none');
  pilotNeedsAName(data.name);
  pilotNeedsParticipationBodies(data.bodyIds);
  pilotPeriodMustEndAfterItStarts(data.startsOn, data.endsOn);
  const criteria = criteriaMustUseKnownYardsticks(data.criteria);
  return [{ type: 'PilotStarted', data: { ...data, name: data.name.trim(), criteria } }];
}

function decidePilot(command: PilotCommand, state: PilotState): PilotEvent[] {
  switch (command.type) {
    case 'StartPilot':
      return startPilot(command, state);
    case 'RecordEvaluationFinding':
      return decideRecordEvaluationFinding(command, state);
    default:
      return assertNever(command);
  }
}

export const pilotDecider: Decider<PilotCommand, PilotEvent, PilotState> = {
  decide: decidePilot,
  evolve: evolvePilot,
  initialState: initialPilotState,
};
