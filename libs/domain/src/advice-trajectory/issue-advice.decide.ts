import type { IssueAdvice } from './advice-trajectory.commands';
import type { AdviceIssued } from './advice-trajectory.events';
import { adviceCanBeRevisedUntilCollegeResponds, trajectoryMustBeOngoing } from './advice-trajectory.rules';
import type { AdviceTrajectoryState } from './advice-trajectory.state';
import { adviceMustNameTheClientPerspective, adviceNeedsNumberedRecommendations } from './advice-content.rules';
import { dateMustHavePassed, dateMustNotPrecede, textMustNotBeBlank } from './input.rules';

/** Issuing again before the college responds is a revision: a new version that supersedes the last. */
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
      },
    },
  ];
}
