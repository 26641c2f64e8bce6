import { DomainError, ensure } from '../kit';
import type { AgreeParticipationApproach } from './advice-trajectory.commands';
import type { ParticipationApproachAgreed } from './advice-trajectory.events';
import { approachMustBeAgreedBeforeAdvice, trajectoryMustBeOngoing } from './advice-trajectory.rules';
import type { AdviceTrajectoryState } from './advice-trajectory.state';
import { hasItems, textMustNotBeBlank } from './input.rules';

/** Agreeing again before the advice replaces the earlier agreement; forms and phases named twice count once. */
export function decideAgreeParticipationApproach(
  command: AgreeParticipationApproach,
  state: AdviceTrajectoryState,
): ParticipationApproachAgreed[] {
  const { data } = command;
  trajectoryMustBeOngoing(state);
  approachMustBeAgreedBeforeAdvice(state);
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
  return [
    {
      type: 'ParticipationApproachAgreed',
      data: { trajectoryId: data.trajectoryId, forms: [...new Set(forms)], phases: [...new Set(data.phases)], roles },
    },
  ];
}
