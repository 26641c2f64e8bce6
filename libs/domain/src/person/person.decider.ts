import { assertNever, DomainError, ensure, type Command, type Decider, type DomainEvent } from '../kit';

/**
 * Forgetting a person (AVG art. 17) is itself on record, without any personal data: who asked
 * and when live in the event's metadata; the person's key is destroyed by the application.
 */
export type ForgetPerson = Command<'ForgetPerson', { readonly personId: string }>;
export type PersonForgotten = DomainEvent<'PersonForgotten', { readonly personId: string }>;

export type PersonCommand = ForgetPerson;
export type PersonEvent = PersonForgotten;
export type PersonState = { readonly status: 'known' } | { readonly status: 'forgotten'; readonly personId: string };

export const PERSON_STREAM_PREFIX = 'person-';

export function personStreamId(personId: string): string {
  return `${PERSON_STREAM_PREFIX}${personId}`;
}

export function personMustNotBeForgottenAlready(state: PersonState): void {
  ensure(
    state.status !== 'forgotten',
    () => new DomainError('PERSON.ALREADY_FORGOTTEN', 'This person has already been forgotten.', 'conflict'),
  );
}

export const personDecider: Decider<PersonCommand, PersonEvent, PersonState> = {
  initialState: () => ({ status: 'known' }),
  evolve: (_state, event) => {
    switch (event.type) {
      case 'PersonForgotten':
        return { status: 'forgotten', personId: event.data.personId };
      default:
        return assertNever(event.type);
    }
  },
  decide: (command, state) => {
    personMustNotBeForgottenAlready(state);
    return [{ type: 'PersonForgotten', data: { personId: command.data.personId } }];
  },
};
