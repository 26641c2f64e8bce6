import { onlyTheDisputeCommitteeResolvesDisputes } from '../kit';
import type { ResolveDispute } from './advice-trajectory.commands';
import type { DisputeResolved } from './advice-trajectory.events';
import { trajectoryMustBeOngoing } from './advice-trajectory.rules';
import { disputeMustBeOpen } from './dispute.rules';
import type { AdviceTrajectoryState } from './advice-trajectory.state';
import { textMustNotBeBlank } from './input.rules';

/** Settled by the independent dispute committee, never by a party to the dispute (seed 003, condition 1). */
export function decideResolveDispute(command: ResolveDispute, state: AdviceTrajectoryState): DisputeResolved[] {
  const { data, context } = command;
  trajectoryMustBeOngoing(state);
  onlyTheDisputeCommitteeResolvesDisputes(context.actor.role, 'ADVICE_TRAJECTORY');
  const dispute = disputeMustBeOpen(state);
  const resolution = textMustNotBeBlank(
    data.resolution,
    'resolution',
    'ADVICE_TRAJECTORY.DISPUTE_RESOLUTION_MISSING',
    'Resolving a dispute records how it was resolved.',
  );
  return [
    {
      type: 'DisputeResolved',
      data: { trajectoryId: data.trajectoryId, disputeNumber: dispute.disputeNumber, resolution },
    },
  ];
}
