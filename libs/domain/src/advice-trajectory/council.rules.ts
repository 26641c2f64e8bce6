import { DomainError, ensure } from '../kit';
import type { CouncilProposal, OngoingTrajectory } from './advice-trajectory.state';

/** A proposal reference is unique within its municipality, never across them. */
export function proposalMustNotBeAttachedYet(
  state: OngoingTrajectory,
  municipalityCode: string,
  proposalRef: string,
): void {
  ensure(
    !state.proposals.some((p) => p.proposalRef === proposalRef && p.municipalityCode === municipalityCode),
    () =>
      new DomainError(
        'ADVICE_TRAJECTORY.ALREADY_ATTACHED_TO_PROPOSAL',
        'The advice is already attached to this council proposal.',
        'conflict',
        'proposalRef',
      ),
  );
}

/**
 * The council decides on the proposal the advice was last attached to in its municipality;
 * that is the one returned.
 */
export function adviceMustBeAttachedToAProposal(state: OngoingTrajectory, municipalityCode: string): CouncilProposal {
  const proposal = state.proposals.filter((p) => p.municipalityCode === municipalityCode).at(-1);
  ensure(
    proposal !== undefined,
    () =>
      new DomainError(
        'ADVICE_TRAJECTORY.NOT_ATTACHED_TO_PROPOSAL',
        'A council decision can only be recorded once the advice is attached to a council proposal.',
        'conflict',
      ),
  );
  return proposal;
}

/** Only a postponement leaves room for a later decision on the same proposal. */
export function councilMustNotHaveDecidedYet(proposal: CouncilProposal): void {
  const last = proposal.decisions.at(-1);
  ensure(
    last === undefined || last.decision === 'postponed',
    () =>
      new DomainError(
        'ADVICE_TRAJECTORY.COUNCIL_ALREADY_DECIDED',
        `The council has already decided on proposal ${proposal.proposalRef}; attach the advice to a new proposal first.`,
        'conflict',
      ),
  );
}
