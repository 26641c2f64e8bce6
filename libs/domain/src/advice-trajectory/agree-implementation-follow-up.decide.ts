import type { AgreeImplementationFollowUp } from './advice-trajectory.commands';
import type { ImplementationFollowUpAgreed } from './advice-trajectory.events';
import { collegeMustHaveResponded, trajectoryMustBeOngoing } from './advice-trajectory.rules';
import type { AdviceTrajectoryState } from './advice-trajectory.state';
import { followUpNeedsCheckpoints } from './implementation.rules';
import { dateMustNotPrecede } from './input.rules';

/** Agreements on following the implementation close an advice (seed 004, "Werkwijze"); a new one replaces the last. */
export function decideAgreeImplementationFollowUp(
  command: AgreeImplementationFollowUp,
  state: AdviceTrajectoryState,
): ImplementationFollowUpAgreed[] {
  const { data } = command;
  trajectoryMustBeOngoing(state);
  collegeMustHaveResponded(state, 'Agreeing how the implementation is followed');
  const checkpoints = followUpNeedsCheckpoints(data.checkpoints);
  const { respondedOn } = state.response;
  checkpoints.forEach(({ dueOn }, index) =>
    dateMustNotPrecede(
      dueOn,
      respondedOn,
      `checkpoints[${index}].dueOn`,
      `A checkpoint cannot fall before the college's response (${respondedOn}).`,
    ),
  );
  return [{ type: 'ImplementationFollowUpAgreed', data: { trajectoryId: data.trajectoryId, checkpoints } }];
}
