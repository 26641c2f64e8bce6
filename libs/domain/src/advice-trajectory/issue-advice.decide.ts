import { addDays, DomainError, ensure, type LocalDate } from '../kit';
import type { IssueAdvice } from './advice-trajectory.commands';
import type { AdviceIssued } from './advice-trajectory.events';
import { adviceCanBeRevisedUntilCollegeResponds, trajectoryMustBeOngoing } from './advice-trajectory.rules';
import type { AdviceTrajectoryState } from './advice-trajectory.state';
import { DEFAULT_PARTICIPATION_REGULATION } from '../municipality/municipality.regulation';
import { ADVICE_NATURES, type AdviceNature } from './advice-trajectory.values';
import { adviceMustNameTheClientPerspective, adviceNeedsNumberedRecommendations } from './advice-content.rules';
import { dateMustHavePassed, dateMustNotPrecede, textMustNotBeBlank } from './input.rules';

/**
 * Issuing again before the college responds is a revision: a new version that supersedes the
 * last. When the trajectory has no response deadline, the first issue sets it: `issuedOn` plus
 * the regulation's response term ("the local regulation sets the clock", seed 004).
 */
export function decideIssueAdvice(command: IssueAdvice, state: AdviceTrajectoryState): AdviceIssued[] {
  const { data, context } = command;
  trajectoryMustBeOngoing(state);
  adviceCanBeRevisedUntilCollegeResponds(state);
  const issuedOn = dateMustHavePassed(data.issuedOn, context.now, 'issuedOn');
  if (state.advice !== null) {
    dateMustNotPrecede(
      issuedOn,
      state.advice.issuedOn,
      'issuedOn',
      `A revised advice cannot be dated before the version it supersedes (${state.advice.issuedOn}).`,
    );
  }
  const summary = textMustNotBeBlank(
    data.summary,
    'summary',
    'ADVICE_TRAJECTORY.ADVICE_SUMMARY_MISSING',
    'An advice needs a summary.',
  );
  const clientPerspective = adviceMustNameTheClientPerspective(data.clientPerspective);
  const recommendations = adviceNeedsNumberedRecommendations(data.recommendations);
  const adviceKind = adviceKindMustBeKnown(data.adviceKind);
  const term = responseTermMustBeWholeDays(data.responseTermDays);
  const responseDueOn: LocalDate | undefined = state.responseDueOn === undefined ? addDays(issuedOn, term) : undefined;
  const previous = state.advice?.version ?? null;
  return [
    {
      type: 'AdviceIssued',
      data: {
        trajectoryId: data.trajectoryId,
        version: (previous ?? 0) + 1,
        supersedesVersion: previous,
        issuedOn,
        summary,
        clientPerspective,
        recommendations,
        ...(adviceKind === 'process' ? { adviceKind } : {}),
        ...(responseDueOn === undefined ? {} : { responseDueOn }),
      },
    },
  ];
}

/** Content advice unless it says process advice (seed 002: the IJmond councils advise on the process). */
function adviceKindMustBeKnown(adviceKind: AdviceNature | undefined): AdviceNature {
  if (adviceKind === undefined || adviceKind === null) return 'content';
  ensure(
    ADVICE_NATURES.includes(adviceKind),
    () =>
      new DomainError(
        'ADVICE_TRAJECTORY.ADVICE_KIND_UNKNOWN',
        'An advice is about the content or about the process.',
        'rule',
        'adviceKind',
      ),
  );
  return adviceKind;
}

function responseTermMustBeWholeDays(days: number | undefined): number {
  // The term when no regulation is passed in: the regulation's default, six weeks (seed 004).
  if (days === undefined || days === null) return DEFAULT_PARTICIPATION_REGULATION.responseTermDays;
  ensure(
    Number.isInteger(days) && days > 0,
    () =>
      new DomainError(
        'ADVICE_TRAJECTORY.RESPONSE_TERM_INVALID',
        "The regulation's response term is a whole number of days, one or more.",
        'rule',
        'responseTermDays',
      ),
  );
  return days;
}
