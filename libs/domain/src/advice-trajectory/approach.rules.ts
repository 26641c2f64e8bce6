import { DomainError, ensure, type Side } from '../kit';
import type { OngoingTrajectory, ProposedApproach } from './advice-trajectory.state';
import type { PolicyPhase } from './advice-trajectory.values';
import { hasItems, textMustNotBeBlank } from './input.rules';

/** An approach names its forms and phases (each once, trimmed) and who plays which role. */
export function approachMustNameFormsPhasesAndRoles(data: {
  readonly forms: readonly string[];
  readonly phases: readonly PolicyPhase[];
  readonly roles: string;
}): { forms: string[]; phases: PolicyPhase[]; roles: string } {
  ensure(
    hasItems(data.forms),
    () =>
      new DomainError(
        'ADVICE_TRAJECTORY.APPROACH_FORMS_MISSING',
        'The approach names one or more forms of participation.',
        'rule',
        'forms',
      ),
  );
  const forms = data.forms.map((form, index) =>
    textMustNotBeBlank(
      form,
      `forms[${index}]`,
      'ADVICE_TRAJECTORY.APPROACH_FORMS_MISSING',
      'Each form of participation is named.',
    ),
  );
  ensure(
    hasItems(data.phases),
    () =>
      new DomainError(
        'ADVICE_TRAJECTORY.APPROACH_PHASES_MISSING',
        'The approach names the policy phases in which residents are involved.',
        'rule',
        'phases',
      ),
  );
  const roles = textMustNotBeBlank(
    data.roles,
    'roles',
    'ADVICE_TRAJECTORY.APPROACH_ROLES_MISSING',
    'The approach says who plays which role.',
  );
  return { forms: [...new Set(forms)], phases: [...new Set(data.phases)], roles };
}

export function approachMustHaveBeenProposed(state: OngoingTrajectory): ProposedApproach {
  const proposal = state.proposedApproach;
  ensure(
    proposal !== null,
    () =>
      new DomainError(
        'ADVICE_TRAJECTORY.NO_APPROACH_PROPOSED',
        'No participation approach has been proposed, so there is nothing to confirm.',
        'conflict',
      ),
  );
  return proposal;
}

/** "Made together means agreed by both": the side that proposed cannot also confirm. */
export function theProposerCannotConfirmItsOwnProposal(proposal: ProposedApproach, side: Side): void {
  ensure(
    proposal.proposedBy !== side,
    () =>
      new DomainError(
        'ADVICE_TRAJECTORY.PROPOSER_CANNOT_CONFIRM',
        `The ${side === 'body' ? 'participation body' : 'municipality'} proposed this approach; the other side confirms it.`,
        'rule',
      ),
  );
}
