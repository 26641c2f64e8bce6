import type { AttachToCouncilProposal } from './advice-trajectory.commands';
import type { AdviceAttachedToCouncilProposal } from './advice-trajectory.events';
import { trajectoryMustBeOngoing } from './advice-trajectory.rules';
import { proposalMustNotBeAttachedYet } from './council.rules';
import type { AdviceTrajectoryState } from './advice-trajectory.state';
import { dateMustHavePassed, dateMustNotPrecede, optionalText, textMustNotBeBlank } from './input.rules';
import { collegeOfMustHaveResponded, municipalityMustBeAddressed, namesTheMunicipality } from './regional.rules';

/**
 * The advice goes with the council proposal, together with the college's response (seed 004,
 * "Relatie college"); each addressed municipality's council has its own proposal.
 */
export function decideAttachToCouncilProposal(
  command: AttachToCouncilProposal,
  state: AdviceTrajectoryState,
): AdviceAttachedToCouncilProposal[] {
  const { data, context } = command;
  trajectoryMustBeOngoing(state);
  const municipalityCode = municipalityMustBeAddressed(state, data.municipalityCode);
  const { response } = collegeOfMustHaveResponded(
    state,
    municipalityCode,
    'Attaching the advice to a council proposal',
  );
  const proposalRef = textMustNotBeBlank(
    data.proposalRef,
    'proposalRef',
    'ADVICE_TRAJECTORY.PROPOSAL_REF_MISSING',
    'Name the council proposal the advice is attached to.',
  );
  proposalMustNotBeAttachedYet(state, municipalityCode, proposalRef);
  const attachedOn = dateMustHavePassed(data.attachedOn, context.now, 'attachedOn');
  dateMustNotPrecede(
    attachedOn,
    response.respondedOn,
    'attachedOn',
    `The advice cannot be attached to a council proposal before the college responded (${response.respondedOn}).`,
  );
  const proposalUrl = optionalText(data.proposalUrl);
  return [
    {
      type: 'AdviceAttachedToCouncilProposal',
      data: {
        trajectoryId: data.trajectoryId,
        proposalRef,
        attachedOn,
        ...(namesTheMunicipality(state) ? { municipalityCode } : {}),
        ...(proposalUrl === undefined ? {} : { proposalUrl }),
      },
    },
  ];
}
