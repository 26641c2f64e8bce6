import { actorMustBeAParty } from '../kit';
import type { AgreeParticipationApproach } from './advice-trajectory.commands';
import type { ParticipationApproachProposed } from './advice-trajectory.events';
import { approachMustBeAgreedBeforeAdvice, trajectoryMustBeOngoing } from './advice-trajectory.rules';
import type { AdviceTrajectoryState } from './advice-trajectory.state';
import { approachMustNameFormsPhasesAndRoles } from './approach.rules';

/**
 * Records the actor's side's proposal (seed 004, "Werkwijze": agreements at the start of each
 * trajectory, made by both); a new proposal replaces one not yet confirmed. Forms and phases
 * named twice count once.
 */
export function decideAgreeParticipationApproach(
  command: AgreeParticipationApproach,
  state: AdviceTrajectoryState,
): ParticipationApproachProposed[] {
  const { data, context } = command;
  trajectoryMustBeOngoing(state);
  approachMustBeAgreedBeforeAdvice(state);
  const proposedBy = actorMustBeAParty(context.actor.role, 'ADVICE_TRAJECTORY');
  const approach = approachMustNameFormsPhasesAndRoles(data);
  return [
    { type: 'ParticipationApproachProposed', data: { trajectoryId: data.trajectoryId, ...approach, proposedBy } },
  ];
}
