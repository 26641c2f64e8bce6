import type { LinkSignal } from './advice-trajectory.commands';
import type { SignalLinked } from './advice-trajectory.events';
import { signalMustNotBeLinkedYet, trajectoryMustBeOngoing } from './advice-trajectory.rules';
import type { AdviceTrajectoryState } from './advice-trajectory.state';

export function decideLinkSignal(command: LinkSignal, state: AdviceTrajectoryState): SignalLinked[] {
  const { trajectoryId, signalId, collective } = command.data;
  trajectoryMustBeOngoing(state);
  signalMustNotBeLinkedYet(state, signalId);
  return [{ type: 'SignalLinked', data: { trajectoryId, signalId, ...(collective === true ? { collective } : {}) } }];
}
