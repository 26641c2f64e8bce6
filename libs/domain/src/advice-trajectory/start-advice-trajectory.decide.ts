import { DomainError, ensure } from '../kit';
import type { StartAdviceTrajectory } from './advice-trajectory.commands';
import type { AdviceTrajectoryStarted } from './advice-trajectory.events';
import { trajectoryMustNotExistYet } from './advice-trajectory.rules';
import type { AdviceTrajectoryState } from './advice-trajectory.state';
import { dateMustBeValid, municipalityCodeMustBeValid, optionalText, textMustNotBeBlank } from './input.rules';
import { addressedMunicipalitiesMustIncludeTheOwn } from './regional.rules';

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
  const question = optionalText(data.question);
  aSolicitedAdviceNeedsAQuestion(data.kind, question);
  const responseDueOn =
    data.responseDueOn === undefined ? undefined : dateMustBeValid(data.responseDueOn, 'responseDueOn');
  const adviceDueOn = data.adviceDueOn === undefined ? undefined : dateMustBeValid(data.adviceDueOn, 'adviceDueOn');
  const addressedTo = addressedMunicipalitiesMustIncludeTheOwn(data.municipalityCode, data.addressedTo);
  const responsibleOfficial = optionalText(data.responsibleOfficial);
  const portfolioHolder = optionalText(data.portfolioHolder);
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
        ...(question === undefined ? {} : { question }),
        ...(adviceDueOn === undefined ? {} : { adviceDueOn }),
        ...(responsibleOfficial === undefined ? {} : { responsibleOfficial }),
        ...(portfolioHolder === undefined ? {} : { portfolioHolder }),
        ...(addressedTo.length > 1 ? { addressedTo } : {}),
      },
    },
  ];
}

/** The municipality asks a question; the body answers it (contract, second round). */
function aSolicitedAdviceNeedsAQuestion(kind: string, question: string | undefined): void {
  ensure(
    kind !== 'solicited' || question !== undefined,
    () =>
      new DomainError(
        'ADVICE_TRAJECTORY.QUESTION_MISSING',
        'A request for advice states the question the municipality asks.',
        'rule',
        'question',
      ),
  );
}
