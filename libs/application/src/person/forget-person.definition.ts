import { personDecider, personStreamId, type ForgetPerson, type PersonEvent, type PersonState } from '#domain';
import type { CommandDefinition } from '../commands/command-definition';

/** What forgetting needs from the privacy layer: destroying the person's key. */
export interface PersonKeyShredder {
  forget(personId: string): Promise<void>;
}

/**
 * ForgetPerson destroys the person's key first and then records that it did: a crash in
 * between leaves the person forgotten, and a retry records it.
 */
export function forgetPerson(keys: PersonKeyShredder): CommandDefinition<ForgetPerson, PersonEvent, PersonState> {
  return {
    operationId: 'ForgetPerson',
    decider: personDecider,
    creates: true,
    global: true,
    streamId: (data) => personStreamId(data.personId),
    resultId: (data) => data.personId,
    municipalities: () => [],
    beforeAppend: (data) => keys.forget(data.personId),
  };
}
