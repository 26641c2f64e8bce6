import { DomainError, ensure } from '../kit';
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
