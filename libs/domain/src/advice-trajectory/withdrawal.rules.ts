import { DomainError, ensure, sideOf } from '../kit';
import type { OngoingTrajectory } from './advice-trajectory.state';

/*
 * "An advice cannot vanish unanswered" (shared/domain.md, second reading; seed 004, "Relatie
 * college": the college always answers in writing). Who may withdraw what:
 * - the municipality withdraws only its own (solicited) request, and only before the advice exists;
 * - once the advice is issued, only the body withdraws it: it is the body's advice;
 * - the body withdraws its own unsolicited trajectory before the advice too, since it started it;
 *   a solicited request without advice stays the municipality's to withdraw.
 * Whether a `body-member` is a current member of this trajectory's body is the application's to
 * check (`mayActForBody` on the body's stream).
 */

/** The municipality withdraws only a request it made itself: an unsolicited advice is the body's. */
export function theMunicipalityWithdrawsOnlyItsOwnRequest(state: OngoingTrajectory): void {
  ensure(
    state.kind === 'solicited',
    () =>
      new DomainError(
        'ADVICE_TRAJECTORY.NOT_THE_MUNICIPALITYS_TO_WITHDRAW',
        'This is unsolicited advice of the participation body; the municipality can only withdraw a request it made itself.',
        'rule',
      ),
  );
}

/** Once the advice is issued the college owes a written answer: only the body can take its advice back. */
export function onlyTheBodyMayWithdrawIssuedAdvice(state: OngoingTrajectory): void {
  ensure(
    state.advice === null,
    () =>
      new DomainError(
        'ADVICE_TRAJECTORY.ADVICE_CANNOT_VANISH',
        'The advice has been issued and the college answers it in writing; only the participation body can withdraw its own advice.',
        'conflict',
      ),
  );
}

/** Before any advice exists, a solicited request is the municipality's to withdraw, not the body's. */
export function theBodyWithdrawsARequestOnlyOnceItHasAdvised(state: OngoingTrajectory): void {
  ensure(
    state.advice !== null || state.kind === 'unsolicited',
    () =>
      new DomainError(
        'ADVICE_TRAJECTORY.REQUEST_IS_THE_MUNICIPALITYS',
        "No advice has been issued yet and the request is the municipality's; only the municipality can withdraw it.",
        'conflict',
      ),
  );
}

/** Applies the rules above to the actor's side; a role that is no party withdraws nothing. */
export function withdrawalMustBeTheActorsToMake(state: OngoingTrajectory, role: string): void {
  const side = sideOf(role);
  if (side === 'municipality') {
    theMunicipalityWithdrawsOnlyItsOwnRequest(state);
    onlyTheBodyMayWithdrawIssuedAdvice(state);
    return;
  }
  if (side === 'body') {
    theBodyWithdrawsARequestOnlyOnceItHasAdvised(state);
    return;
  }
  throw new DomainError(
    'ADVICE_TRAJECTORY.WITHDRAWAL_NOT_PERMITTED',
    'A trajectory is withdrawn by the municipality (its own request, before the advice) or by the participation body (its own advice).',
    'rule',
  );
}
