import { assertNever, type Decider } from '../kit';
import {
  forgettingMustHaveBeenRequested,
  forgettingMustNotBeRequestedTwice,
  personMustNotBeForgottenAlready,
  aSecondAdminMustConfirm,
} from './person.rules';
import type { PersonCommand, PersonEvent, PersonState } from './person.types';

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
