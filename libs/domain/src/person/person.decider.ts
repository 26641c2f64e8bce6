import { assertNever, type Command, type Decider, type DomainEvent } from '../kit';
import {
  forgettingMustHaveBeenRequested,
  forgettingMustNotBeRequestedTwice,
  personMustNotBeForgottenAlready,
  aSecondAdminMustConfirm,
} from './person.rules';

/**
 * Forgetting a person (AVG art. 17) is itself on record, without any personal data: who asked
 * and when live in the event's metadata; the person's key is destroyed by the application.
 * Erasure cannot be undone, so it takes four eyes: one admin asks (`ForgetPerson`), a
 * different admin confirms (`ConfirmForgetPerson`), and only the confirmation forgets.
 */
export type ForgetPerson = Command<'ForgetPerson', { readonly personId: string }>;
export type ConfirmForgetPerson = Command<'ConfirmForgetPerson', { readonly personId: string }>;

/** The first pair of eyes; `requestedBy` is the asking admin's (pseudonymous) login id. */
export type PersonForgettingRequested = DomainEvent<
  'PersonForgettingRequested',
  { readonly personId: string; readonly requestedBy: string }
>;
/** The person's key is destroyed; before four eyes this followed `ForgetPerson` at once. */
export type PersonForgotten = DomainEvent<'PersonForgotten', { readonly personId: string }>;

export type PersonCommand = ForgetPerson | ConfirmForgetPerson;
export type PersonEvent = PersonForgettingRequested | PersonForgotten;
export type PersonState =
  | { readonly status: 'known' }
  | { readonly status: 'forgetting-requested'; readonly personId: string; readonly requestedBy: string }
  | { readonly status: 'forgotten'; readonly personId: string };

export const PERSON_STREAM_PREFIX = 'person-';

export function personStreamId(personId: string): string {
  return `${PERSON_STREAM_PREFIX}${personId}`;
}

export const personDecider: Decider<PersonCommand, PersonEvent, PersonState> = {
  initialState: () => ({ status: 'known' }),
  evolve: (_state, event) => {
    switch (event.type) {
      case 'PersonForgettingRequested':
        return { status: 'forgetting-requested', ...event.data };
      case 'PersonForgotten':
        return { status: 'forgotten', personId: event.data.personId };
      default:
        return assertNever(event);
    }
  },
  decide: (command, state) => {
    switch (command.type) {
      case 'ForgetPerson':
        personMustNotBeForgottenAlready(state);
        forgettingMustNotBeRequestedTwice(state);
        return [
          {
            type: 'PersonForgettingRequested',
            data: { personId: command.data.personId, requestedBy: command.context.actor.id },
          },
        ];
      case 'ConfirmForgetPerson': {
        personMustNotBeForgottenAlready(state);
        const request = forgettingMustHaveBeenRequested(state);
        aSecondAdminMustConfirm(request, command.context.actor.id);
        return [{ type: 'PersonForgotten', data: { personId: command.data.personId } }];
      }
      default:
        return assertNever(command);
    }
  },
};
