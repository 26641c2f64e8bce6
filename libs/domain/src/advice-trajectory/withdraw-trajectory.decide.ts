import type { WithdrawTrajectory } from './advice-trajectory.commands';
import type { AdviceTrajectoryWithdrawn } from './advice-trajectory.events';
import { trajectoryMustBeOngoing } from './advice-trajectory.rules';
import type { AdviceTrajectoryState } from './advice-trajectory.state';
import { textMustNotBeBlank } from './input.rules';
import { withdrawalMustBeTheActorsToMake } from './withdrawal.rules';

/**
 * Ends a trajectory with a reason, by the side whose it is to withdraw (withdrawal.rules.ts);
 * an open dispute does not hold it back.
 */
export function decideWithdrawTrajectory(
  command: WithdrawTrajectory,
  state: AdviceTrajectoryState,
): AdviceTrajectoryWithdrawn[] {
  const { data, context } = command;
  trajectoryMustBeOngoing(state);
  withdrawalMustBeTheActorsToMake(state, context.actor.role);
  const reason = textMustNotBeBlank(
    data.reason,
    'reason',
    'ADVICE_TRAJECTORY.WITHDRAWAL_REASON_MISSING',
    'Withdrawing a trajectory records why.',
  );
  return [{ type: 'AdviceTrajectoryWithdrawn', data: { trajectoryId: data.trajectoryId, reason } }];
}
