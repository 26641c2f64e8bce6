import { DomainError, ensure } from '../kit';
import type { AssessedSignal, RecordedSignal, SignalState } from './signal.state';

export function signalMustNotExistYet(state: SignalState): void {
  ensure(
    state.status === 'none',
    () => new DomainError('SIGNAL.ALREADY_RECORDED', 'This signal has already been recorded.', 'conflict'),
  );
}

export function signalMustExist(state: SignalState): asserts state is RecordedSignal {
  ensure(
    state.status !== 'none',
    () => new DomainError('SIGNAL.NOT_FOUND', 'This signal does not exist.', 'not-found'),
  );
}

/** A closed signal accepts nothing more. */
export function signalMustBeOpen(
  state: RecordedSignal,
): asserts state is Exclude<RecordedSignal, { status: 'closed' }> {
  ensure(
    state.status !== 'closed',
    () =>
      new DomainError('SIGNAL.ALREADY_CLOSED', 'This signal has been closed and cannot change any more.', 'conflict'),
  );
}

export function signalMustBeAssessed(
  state: Exclude<RecordedSignal, { status: 'closed' }>,
  before: 'referred' | 'closed',
): asserts state is AssessedSignal {
  ensure(
    state.status === 'assessed',
    () =>
      new DomainError(
        'SIGNAL.NOT_ASSESSED',
        `A signal is first assessed as individual or collective before it can be ${before}.`,
        'conflict',
      ),
  );
}

/** Referring is how an individual complaint is handled; a collective signal is taken up by the body itself. */
export function onlyIndividualSignalsAreReferred(state: AssessedSignal): void {
  ensure(
    state.scope === 'individual',
    () =>
      new DomainError(
        'SIGNAL.NOT_INDIVIDUAL',
        'Only a signal assessed as individual is referred; this signal was assessed as collective.',
        'conflict',
      ),
  );
}

/** The outcome of a signal that closes because it became part of a collective signal. */
export const CLUSTERED_OUTCOME = 'clustered';

/**
 * An individual signal is referred on, not dropped ("geen klachtenloket", seed 000_… section 3),
 * unless it closes as part of a collective signal: "een individuele klacht die op meerdere
 * plaatsen speelt, kan een signaal worden" (seed 000, 3).
 */
export function individualSignalsAreReferredBeforeClosing(state: AssessedSignal, closesAsClustered: boolean): void {
  ensure(
    state.scope !== 'individual' || state.referredTo !== null || closesAsClustered,
    () =>
      new DomainError(
        'SIGNAL.NOT_REFERRED',
        'An individual signal can only be closed once it has been referred on, for example to client support.',
        'conflict',
      ),
  );
}

/** A signal closes as clustered only when it is part of a collective signal, named by its cluster id. */
export function onlyClusteredSignalsCloseAsClustered(outcome: string, clusterId: string | undefined): boolean {
  if (outcome !== CLUSTERED_OUTCOME) return false;
  ensure(
    clusterId !== undefined,
    () =>
      new DomainError(
        'SIGNAL.NOT_CLUSTERED',
        'This signal is not part of a collective signal, so it cannot close as clustered.',
        'conflict',
        'outcome',
      ),
  );
  return true;
}
