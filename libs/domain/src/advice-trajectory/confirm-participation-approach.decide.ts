import { actorMustBeAParty } from '../kit';
import type { ConfirmParticipationApproach } from './advice-trajectory.commands';
import type { ParticipationApproachConfirmed } from './advice-trajectory.events';
import { approachMustBeAgreedBeforeAdvice, trajectoryMustBeOngoing } from './advice-trajectory.rules';
import type { AdviceTrajectoryState } from './advice-trajectory.state';
import { approachMustHaveBeenProposed, theProposerCannotConfirmItsOwnProposal } from './approach.rules';

/** The other side confirms the proposed approach; from then on it is agreed by both. */
export function decideConfirmParticipationApproach(
  command: ConfirmParticipationApproach,
  state: AdviceTrajectoryState,
): ParticipationApproachConfirmed[] {
  const { data, context } = command;
  trajectoryMustBeOngoing(state);
  approachMustBeAgreedBeforeAdvice(state);
  const confirmedBy = actorMustBeAParty(context.actor.role, 'ADVICE_TRAJECTORY');
  const proposal = approachMustHaveBeenProposed(state);
  theProposerCannotConfirmItsOwnProposal(proposal, confirmedBy);
  return [
    { type: 'ParticipationApproachConfirmed', data: { trajectoryId: data.trajectoryId, ...proposal, confirmedBy } },
  ];
}
