import type { Principal } from '#application';
import type { PersonKeyStore } from '#privacy';
import type { BodyMemberEntry } from '#projections';
import { presentPersonalData, revealFor } from '../../read-models/personal-data.presenter';
import type { MemberDto, MemberNameDto } from './list-members.response.dto';

/**
 * Members as the principal may see them: names, profiles and logins only for the roles that
 * work with personal data; a forgotten member's name and profile answer `erased`.
 */
export async function presentMembersTo(
  keys: PersonKeyStore,
  principal: Principal,
  members: readonly BodyMemberEntry[],
): Promise<MemberDto[]> {
  const { docs, visible } = await revealFor(keys, principal, members);
  return docs.map(({ displayName, profile, subject, ...member }) => ({
    ...member,
    expertise: [...member.expertise],
    focusAreas: [...member.focusAreas],
    workingGroups: [...member.workingGroups],
    displayName: presentPersonalData(displayName, visible, 'name') as unknown as MemberNameDto,
    ...(profile ? { profile: presentPersonalData(profile, visible) } : {}),
    ...(visible && subject !== undefined ? { subject } : {}),
  }));
}
