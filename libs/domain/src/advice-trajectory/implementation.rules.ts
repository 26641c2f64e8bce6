import { DomainError, ensure, type LocalDate } from '../kit';
import { isOngoingStatus, type TrajectoryTerms } from './advice-trajectory.state';
import type { Checkpoint, ImplementationStatus } from './advice-trajectory.values';
import { dateMustBeValid, hasItems, textMustNotBeBlank } from './input.rules';

/** A dropped recommendation always says why. */
export function droppingNeedsAReason(status: ImplementationStatus, note: string | undefined): void {
  ensure(
    status !== 'dropped' || note !== undefined,
    () =>
      new DomainError(
        'ADVICE_TRAJECTORY.DROP_REASON_MISSING',
        'A recommendation that is dropped needs a note saying why.',
        'rule',
        'note',
      ),
  );
}

/** One or more checkpoints, each with a due date and a description; returned trimmed. */
export function followUpNeedsCheckpoints(checkpoints: readonly Checkpoint[]): Checkpoint[] {
  ensure(
    hasItems(checkpoints),
    () =>
      new DomainError(
        'ADVICE_TRAJECTORY.CHECKPOINTS_MISSING',
        'Following the implementation is agreed with one or more checkpoints.',
        'rule',
        'checkpoints',
      ),
  );
  return checkpoints.map(({ dueOn, description }, index) => ({
    dueOn: dateMustBeValid(dueOn, `checkpoints[${index}].dueOn`),
    description: textMustNotBeBlank(
      description,
      `checkpoints[${index}].description`,
      'ADVICE_TRAJECTORY.CHECKPOINT_DESCRIPTION_MISSING',
      'Each checkpoint says what will be looked at.',
    ),
  }));
}

/**
 * The follow-up checkpoints that are overdue on `today`: due before today, with no progress
 * report on any recommendation on or after their due date. Only an ongoing trajectory is
 * followed; an ended one accepts no more reports and so has none overdue.
 */
export function overdueCheckpoints(state: TrajectoryTerms, today: LocalDate): Checkpoint[] {
  if (state.status === 'none' || !isOngoingStatus(state.status)) return [];
  const lastReportedOn = state.progress.reduce<LocalDate | undefined>(
    (latest, report) => (latest === undefined || report.reportedOn > latest ? report.reportedOn : latest),
    undefined,
  );
  return state.followUp.filter(
    ({ dueOn }) => dueOn < today && (lastReportedOn === undefined || lastReportedOn < dueOn),
  );
}
