import {
  personDecider,
  personStreamId,
  type ConfirmForgetPerson,
  type ForgetPerson,
  type PersonEvent,
  type PersonState,
} from '#domain';
import type { CommandDefinition } from '../commands/command-definition';

/** What forgetting needs from the privacy layer: destroying the person's key. */
export interface PersonKeyShredder {
  forget(personId: string): Promise<void>;
}

/** ForgetPerson's name for the HTTP face: the first admin's request, which starts the person's stream. */
export const forgetPersonOperation = { operationId: 'ForgetPerson', creates: true } as const;

/** ConfirmForgetPerson's name for the HTTP face: the second admin's confirmation, on the request's stream. */
export const confirmForgetPersonOperation = { operationId: 'ConfirmForgetPerson', creates: false } as const;

/** A person's data spans municipalities: only the role decides, on the person's own stream. */
const onThePersonsStream = {
  decider: personDecider,
  global: true,
  streamId: (data: { readonly personId: string }) => personStreamId(data.personId),
  resultId: (data: { readonly personId: string }) => data.personId,
  municipalities: () => [],
} as const;

/** ForgetPerson only asks: nothing is erased until a second admin confirms (four eyes). */
export function forgetPerson(): CommandDefinition<ForgetPerson, PersonEvent, PersonState> {
  return { ...forgetPersonOperation, ...onThePersonsStream };
}

/**
 * ConfirmForgetPerson destroys the person's key once the decider has accepted the confirmation,
 * and then records that it did: a crash in between leaves the person forgotten, and a retry
 * records it.
 */
export function confirmForgetPerson(
  keys: PersonKeyShredder,
): CommandDefinition<ConfirmForgetPerson, PersonEvent, PersonState> {
  return {
    ...confirmForgetPersonOperation,
    ...onThePersonsStream,
    beforeAppend: (data) => keys.forget(data.personId),
  };
}
