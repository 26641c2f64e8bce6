import { personal } from '../kit';
import type { AppointMember } from './participation-body.commands';
import type { MemberAppointed } from './participation-body.events';
import {
  expertiseMustBeNamedOnce,
  focusAreasMustBeFilledIn,
  memberMustNotBeActiveYet,
  memberNeedsADisplayName,
  profileNeedsConsent,
  subjectMustNotBeACurrentMemberYet,
  workingGroupsMustBeNamedOnce,
} from './participation-body.membership.rules';
import { isFilledIn, participationBodyMustExist } from './participation-body.rules';
import type { ParticipationBodyState } from './participation-body.state';

export function decideAppointMember(command: AppointMember, state: ParticipationBodyState): MemberAppointed[] {
  const { bodyId, memberId, displayName, role, expertise } = command.data;
  participationBodyMustExist(state);
  memberMustNotBeActiveYet(state, memberId);
  memberNeedsADisplayName(displayName);
  expertiseMustBeNamedOnce(expertise);
  const focusAreas = focusAreasMustBeFilledIn(command.data.focusAreas);
  const subject = isFilledIn(command.data.subject) ? command.data.subject.trim() : undefined;
  subjectMustNotBeACurrentMemberYet(state, subject);
  const profile = profileNeedsConsent(command.data.profile, command.data.profileConsent);
  const workingGroups = workingGroupsMustBeNamedOnce(command.data.workingGroups);
  return [
    {
      type: 'MemberAppointed',
      data: {
        bodyId,
        memberId,
        displayName: personal(memberId, displayName.trim()),
        role,
        expertise: [...expertise],
        focusAreas,
        ...(subject === undefined ? {} : { subject }),
        ...(profile === undefined ? {} : { profile: personal(memberId, profile) }),
        ...(workingGroups.length === 0 ? {} : { workingGroups }),
      },
    },
  ];
}
