import type { ReportImplementationProgress } from './advice-trajectory.commands';
import type { ImplementationProgressReported } from './advice-trajectory.events';
import { collegeMustHaveResponded, trajectoryMustBeOngoing } from './advice-trajectory.rules';
import type { AdviceTrajectoryState } from './advice-trajectory.state';
import { recommendationMustExist } from './advice-content.rules';
import { droppingNeedsAReason } from './implementation.rules';
import { dateMustHavePassed, dateMustNotPrecede, optionalText } from './input.rules';

export function decideReportImplementationProgress(
  command: ReportImplementationProgress,
  state: AdviceTrajectoryState,
): ImplementationProgressReported[] {
  const { data, context } = command;
  trajectoryMustBeOngoing(state);
  collegeMustHaveResponded(state, 'Reporting implementation progress');
  const { recommendationNumber, status } = data;
  recommendationMustExist(state.advice, recommendationNumber, 'recommendationNumber');
  const reportedOn = dateMustHavePassed(data.reportedOn, context.now, 'reportedOn');
  const previous = state.progress.find((r) => r.recommendationNumber === recommendationNumber);
  const since = previous?.reportedOn ?? state.response.respondedOn;
  dateMustNotPrecede(
    reportedOn,
    since,
    'reportedOn',
    `Progress on recommendation ${recommendationNumber} cannot be dated before ${since}, the last step recorded.`,
  );
  const note = optionalText(data.note);
  droppingNeedsAReason(status, note);
  return [
    {
      type: 'ImplementationProgressReported',
      data: {
        trajectoryId: data.trajectoryId,
        recommendationNumber,
        status,
        reportedOn,
        ...(note === undefined ? {} : { note }),
      },
    },
  ];
}
