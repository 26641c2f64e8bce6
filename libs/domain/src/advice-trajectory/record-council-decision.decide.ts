import type { RecordCouncilDecision } from './advice-trajectory.commands';
import type { CouncilDecisionRecorded } from './advice-trajectory.events';
import { trajectoryMustBeOngoing } from './advice-trajectory.rules';
import { adviceMustBeAttachedToAProposal, councilMustNotHaveDecidedYet } from './council.rules';
import type { AdviceTrajectoryState } from './advice-trajectory.state';
import { dateMustHavePassed, dateMustNotPrecede, optionalText } from './input.rules';
import { collegeOfMustHaveResponded, municipalityMustBeAddressed, namesTheMunicipality } from './regional.rules';

/**
 * The decision concerns the proposal the advice was last attached to in that municipality; a
 * postponement leaves room for another.
 */
export function decideRecordCouncilDecision(
  command: RecordCouncilDecision,
  state: AdviceTrajectoryState,
): CouncilDecisionRecorded[] {
  const { data, context } = command;
  trajectoryMustBeOngoing(state);
  const municipalityCode = municipalityMustBeAddressed(state, data.municipalityCode);
  collegeOfMustHaveResponded(state, municipalityCode, 'A council decision');
  const proposal = adviceMustBeAttachedToAProposal(state, municipalityCode);
  councilMustNotHaveDecidedYet(proposal);
  const decidedOn = dateMustHavePassed(data.decidedOn, context.now, 'decidedOn');
  const since = proposal.decisions.at(-1)?.decidedOn ?? proposal.attachedOn;
  dateMustNotPrecede(
    decidedOn,
    since,
    'decidedOn',
    `The council's decision on proposal ${proposal.proposalRef} cannot be dated before ${since}.`,
  );
  const note = optionalText(data.note);
  return [
    {
      type: 'CouncilDecisionRecorded',
      data: {
        trajectoryId: data.trajectoryId,
        proposalRef: proposal.proposalRef,
        decidedOn,
        decision: data.decision,
        ...(note === undefined ? {} : { note }),
        ...(namesTheMunicipality(state) ? { municipalityCode } : {}),
      },
    },
  ];
}
