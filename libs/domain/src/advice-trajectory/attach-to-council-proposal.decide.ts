import type { AttachToCouncilProposal } from './advice-trajectory.commands';
import type { AdviceAttachedToCouncilProposal } from './advice-trajectory.events';
import { collegeMustHaveResponded, trajectoryMustBeOngoing } from './advice-trajectory.rules';
import { proposalMustNotBeAttachedYet } from './council.rules';
import type { AdviceTrajectoryState } from './advice-trajectory.state';
import { dateMustHavePassed, dateMustNotPrecede, textMustNotBeBlank } from './input.rules';

/** The advice goes with the council proposal, together with the college's response (seed 004, "Relatie college"). */
export function decideAttachToCouncilProposal(
  command: AttachToCouncilProposal,
  state: AdviceTrajectoryState,
): AdviceAttachedToCouncilProposal[] {
  const { data, context } = command;
  trajectoryMustBeOngoing(state);
  collegeMustHaveResponded(state, 'Attaching the advice to a council proposal');
  const proposalRef = textMustNotBeBlank(
    data.proposalRef,
    'proposalRef',
    'ADVICE_TRAJECTORY.PROPOSAL_REF_MISSING',
    'Name the council proposal the advice is attached to.',
  );
  proposalMustNotBeAttachedYet(state, proposalRef);
  const attachedOn = dateMustHavePassed(data.attachedOn, context.now, 'attachedOn');
  dateMustNotPrecede(
    attachedOn,
    state.response.respondedOn,
    'attachedOn',
    `The advice cannot be attached to a council proposal before the college responded (${state.response.respondedOn}).`,
  );
  return [
    { type: 'AdviceAttachedToCouncilProposal', data: { trajectoryId: data.trajectoryId, proposalRef, attachedOn } },
  ];
}
