import { revealPersonalData, type PersonKeyStore } from '#privacy';
import { countedMembers, type BodyRegisterDoc, type CountedMember } from '#projections';

/** The current members, their profiles opened only to be counted: no answer shows a profile. */
export async function membersToCount(keys: PersonKeyStore, body: BodyRegisterDoc): Promise<CountedMember[]> {
  return countedMembers(await revealPersonalData(keys, body.members));
}
