import type { CloseTrajectory } from './advice-trajectory.commands';
import type { AdviceTrajectoryClosed } from './advice-trajectory.events';
import { closingNeedsCollegeResponse, trajectoryMustBeOngoing } from './advice-trajectory.rules';
import { closingNeedsNoOpenDispute } from './dispute.rules';
import type { AdviceTrajectoryState } from './advice-trajectory.state';
import { optionalText } from './input.rules';

export function decideCloseTrajectory(
  command: CloseTrajectory,
  state: AdviceTrajectoryState,
): AdviceTrajectoryClosed[] {
  const { data } = command;
  trajectoryMustBeOngoing(state);
  closingNeedsCollegeResponse(state);
  closingNeedsNoOpenDispute(state);
  const note = optionalText(data.note);
  return [
    {
      type: 'AdviceTrajectoryClosed',
      data: { trajectoryId: data.trajectoryId, ...(note === undefined ? {} : { note }) },
    },
  ];
}
