import { DomainError, ensure } from '../kit';
import {
  isOngoing,
  type AdviceTrajectoryState,
  type OngoingTrajectory,
  type RespondedTrajectory,
} from './advice-trajectory.state';

type AwaitingResponse = Extract<AdviceTrajectoryState, { status: 'advice-issued' }>;
type Revisable = Extract<AdviceTrajectoryState, { status: 'started' | 'advice-issued' }>;

export function trajectoryMustNotExistYet(state: AdviceTrajectoryState): void {
  ensure(
    state.status === 'none',
    () =>
      new DomainError(
        'ADVICE_TRAJECTORY.ALREADY_EXISTS',
        'This advice trajectory has already been started.',
        'conflict',
      ),
  );
}

/** Refuses a trajectory that does not exist (404) or has been closed or withdrawn (409). */
export function trajectoryMustBeOngoing(state: AdviceTrajectoryState): asserts state is OngoingTrajectory {
  ensure(
    state.status !== 'none',
    () => new DomainError('ADVICE_TRAJECTORY.NOT_FOUND', 'There is no such advice trajectory.', 'not-found'),
  );
  ensure(
    isOngoing(state),
    () =>
      new DomainError(
        'ADVICE_TRAJECTORY.ENDED',
        'This advice trajectory has been closed or withdrawn and accepts nothing more.',
        'conflict',
      ),
  );
}

/** How residents are involved is agreed at the start of a trajectory, not once the advice is out. */
export function approachMustBeAgreedBeforeAdvice(state: OngoingTrajectory): void {
  ensure(
    state.status === 'started',
    () =>
      new DomainError(
        'ADVICE_TRAJECTORY.APPROACH_AFTER_ADVICE',
        'The participation approach is agreed at the start of a trajectory; the advice has already been issued.',
        'conflict',
      ),
  );
}

export function signalMustNotBeLinkedYet(state: OngoingTrajectory, signalId: string): void {
  ensure(
    !state.signalIds.includes(signalId),
    () =>
      new DomainError(
        'ADVICE_TRAJECTORY.SIGNAL_ALREADY_LINKED',
        'This signal is already linked to the trajectory.',
        'conflict',
        'signalId',
      ),
  );
}

export function tableMustNotBeLinkedYet(state: OngoingTrajectory, tableId: string): void {
  ensure(
    !state.tableIds.includes(tableId),
    () =>
      new DomainError(
        'ADVICE_TRAJECTORY.TABLE_ALREADY_LINKED',
        'This temporary table is already linked to the trajectory.',
        'conflict',
        'tableId',
      ),
  );
}

/** Before any college responds the advice may be revised; after, it stands as answered. */
export function adviceCanBeRevisedUntilCollegeResponds(state: OngoingTrajectory): asserts state is Revisable {
  ensure(
    state.status !== 'responded' && state.responses.length === 0,
    () =>
      new DomainError(
        'ADVICE_TRAJECTORY.ADVICE_ALREADY_ANSWERED',
        'The college has responded to this advice, so it can no longer be revised.',
        'conflict',
      ),
  );
}

export function adviceMustAwaitResponse(state: OngoingTrajectory): asserts state is AwaitingResponse {
  ensure(
    state.status !== 'started',
    () =>
      new DomainError(
        'ADVICE_TRAJECTORY.ADVICE_NOT_ISSUED',
        'The college can only respond once the advice has been issued.',
        'conflict',
      ),
  );
  ensure(
    state.status === 'advice-issued',
    () =>
      new DomainError(
        'ADVICE_TRAJECTORY.RESPONSE_ALREADY_RECORDED',
        "The college's response to this advice has already been recorded.",
        'conflict',
      ),
  );
}

/** `step` completes the sentence "… comes after the college's written response". */
export function collegeMustHaveResponded(state: OngoingTrajectory, step: string): asserts state is RespondedTrajectory {
  ensure(
    state.status === 'responded',
    () =>
      new DomainError(
        'ADVICE_TRAJECTORY.RESPONSE_NOT_RECORDED',
        `${step} comes after the college's written response to the advice, which is not recorded yet.`,
        'conflict',
      ),
  );
}

/** Without the college's response there is nothing to close; such a trajectory is withdrawn with a reason. */
export function closingNeedsCollegeResponse(state: OngoingTrajectory): asserts state is RespondedTrajectory {
  ensure(
    state.status === 'responded',
    () =>
      new DomainError(
        'ADVICE_TRAJECTORY.RESPONSE_NOT_RECORDED',
        "A trajectory can close once the college's written response is recorded; otherwise withdraw it with a reason.",
        'conflict',
      ),
  );
}
