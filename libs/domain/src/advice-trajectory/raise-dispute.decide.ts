import type { RaiseDispute } from './advice-trajectory.commands';
import type { DisputeRaised } from './advice-trajectory.events';
import { trajectoryMustBeOngoing } from './advice-trajectory.rules';
import { onlyOneDisputeAtATime } from './dispute.rules';
import type { AdviceTrajectoryState } from './advice-trajectory.state';
import { textMustNotBeBlank } from './input.rules';

/** Raised when agreements between the municipality and the body are not kept (seed 003, condition 1). */
export function decideRaiseDispute(command: RaiseDispute, state: AdviceTrajectoryState): DisputeRaised[] {
  const { data } = command;
  trajectoryMustBeOngoing(state);
  onlyOneDisputeAtATime(state);
  const reason = textMustNotBeBlank(
    data.reason,
    'reason',
    'ADVICE_TRAJECTORY.DISPUTE_REASON_MISSING',
    'A dispute says which agreement was not kept.',
  );
  return [
    {
      type: 'DisputeRaised',
      data: { trajectoryId: data.trajectoryId, disputeNumber: state.disputes.length + 1, reason },
    },
  ];
}
