import { DomainError, ensure } from '../kit';
import type { PersonState } from './person.types';

type Requested = Extract<PersonState, { status: 'forgetting-requested' }>;

export function personMustNotBeForgottenAlready(state: PersonState): void {
  ensure(
    state.status !== 'forgotten',
    () => new DomainError('PERSON.ALREADY_FORGOTTEN', 'This person has already been forgotten.', 'conflict'),
  );
}

/** A pending request waits for its second pair of eyes; asking again would hide whose eyes came first. */
export function forgettingMustNotBeRequestedTwice(state: PersonState): void {
  ensure(
    state.status !== 'forgetting-requested',
    () =>
      new DomainError(
        'PERSON.FORGETTING_ALREADY_REQUESTED',
        'Forgetting this person has already been requested; a second admin confirms it.',
        'conflict',
      ),
  );
}

export function forgettingMustHaveBeenRequested(state: PersonState): Requested {
  ensure(
    state.status === 'forgetting-requested',
    () =>
      new DomainError(
        'PERSON.FORGETTING_NOT_REQUESTED',
        'Nobody has asked to forget this person; an admin asks first, a second admin confirms.',
        'conflict',
      ),
  );
  return state;
}

/** Four eyes: erasure cannot be undone, so the admin who asked cannot also confirm. */
export function aSecondAdminMustConfirm(request: Requested, confirmerId: string): void {
  ensure(
    request.requestedBy !== confirmerId,
    () =>
      new DomainError(
        'PERSON.SECOND_ADMIN_REQUIRED',
        'You asked to forget this person yourself; a different admin must confirm it.',
        'rule',
      ),
  );
}
