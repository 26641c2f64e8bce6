import { personDecider, personStreamId, type ForgetPerson, type PersonEvent, type PersonState } from '#domain';
import type { CommandDefinition } from '../commands/command-definition';

/** What forgetting needs from the privacy layer: destroying the person's key. */
export interface PersonKeyShredder {
  forget(personId: string): Promise<void>;
}

/** What the HTTP face needs before the key store exists: ForgetPerson's name, and that it creates. */
export const forgetPersonOperation = { operationId: 'ForgetPerson', creates: true } as const;

/**
 * ForgetPerson destroys the person's key first and then records that it did: a crash in
 * between leaves the person forgotten, and a retry records it.
 */
export function forgetPerson(keys: PersonKeyShredder): CommandDefinition<ForgetPerson, PersonEvent, PersonState> {
  return {
    ...forgetPersonOperation,
    decider: personDecider,
    global: true,
    streamId: (data) => personStreamId(data.personId),
    resultId: (data) => data.personId,
    municipalities: () => [],
    beforeAppend: (data) => keys.forget(data.personId),
  };
}
