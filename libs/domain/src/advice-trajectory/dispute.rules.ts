import { DomainError, ensure } from '../kit';
import { openDispute, type Dispute, type OngoingTrajectory } from './advice-trajectory.state';

export function onlyOneDisputeAtATime(state: OngoingTrajectory): void {
  ensure(
    openDispute(state) === undefined,
    () =>
      new DomainError(
        'ADVICE_TRAJECTORY.DISPUTE_ALREADY_OPEN',
        'A dispute on this trajectory is still open; resolve it before raising another.',
        'conflict',
      ),
  );
}

export function disputeMustBeOpen(state: OngoingTrajectory): Dispute {
  const dispute = openDispute(state);
  ensure(
    dispute !== undefined,
    () =>
      new DomainError('ADVICE_TRAJECTORY.NO_OPEN_DISPUTE', 'There is no open dispute on this trajectory.', 'conflict'),
  );
  return dispute;
}

export function closingNeedsNoOpenDispute(state: OngoingTrajectory): void {
  ensure(
    openDispute(state) === undefined,
    () =>
      new DomainError(
        'ADVICE_TRAJECTORY.DISPUTE_OPEN',
        'A trajectory with an open dispute cannot close; resolve the dispute first.',
        'conflict',
      ),
  );
}
