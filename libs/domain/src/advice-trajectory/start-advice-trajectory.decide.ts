import type { StartAdviceTrajectory } from './advice-trajectory.commands';
import type { AdviceTrajectoryStarted } from './advice-trajectory.events';
import { trajectoryMustNotExistYet } from './advice-trajectory.rules';
import type { AdviceTrajectoryState } from './advice-trajectory.state';
import { dateMustBeValid, municipalityCodeMustBeValid, textMustNotBeBlank } from './input.rules';

export function decideStartAdviceTrajectory(
  command: StartAdviceTrajectory,
  state: AdviceTrajectoryState,
): AdviceTrajectoryStarted[] {
  const { data } = command;
  trajectoryMustNotExistYet(state);
  municipalityCodeMustBeValid(data.municipalityCode);
  const subject = textMustNotBeBlank(
    data.subject,
    'subject',
    'ADVICE_TRAJECTORY.SUBJECT_MISSING',
    'An advice trajectory needs a subject.',
  );
  const responseDueOn =
    data.responseDueOn === undefined ? undefined : dateMustBeValid(data.responseDueOn, 'responseDueOn');
  const { trajectoryId, municipalityCode, bodyId, kind, domain, policyPhase } = data;
  return [
    {
      type: 'AdviceTrajectoryStarted',
      data: {
        trajectoryId,
        municipalityCode,
        bodyId,
        kind,
        subject,
        domain,
        policyPhase,
        ...(responseDueOn === undefined ? {} : { responseDueOn }),
      },
    },
  ];
}
