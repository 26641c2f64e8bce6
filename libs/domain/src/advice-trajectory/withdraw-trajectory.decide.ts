import type { WithdrawTrajectory } from './advice-trajectory.commands';
import type { AdviceTrajectoryWithdrawn } from './advice-trajectory.events';
import { trajectoryMustBeOngoing } from './advice-trajectory.rules';
import type { AdviceTrajectoryState } from './advice-trajectory.state';
import { textMustNotBeBlank } from './input.rules';

/** Ends a trajectory at any point, always with a reason; an open dispute does not hold it back. */
export function decideWithdrawTrajectory(
  command: WithdrawTrajectory,
  state: AdviceTrajectoryState,
): AdviceTrajectoryWithdrawn[] {
  const { data } = command;
  trajectoryMustBeOngoing(state);
  const reason = textMustNotBeBlank(
    data.reason,
    'reason',
    'ADVICE_TRAJECTORY.WITHDRAWAL_REASON_MISSING',
    'Withdrawing a trajectory records why.',
  );
  return [{ type: 'AdviceTrajectoryWithdrawn', data: { trajectoryId: data.trajectoryId, reason } }];
}
