import { personal } from '../kit';
import type { AppointMember } from './participation-body.commands';
import type { MemberAppointed } from './participation-body.events';
import {
  expertiseMustBeNamedOnce,
  focusAreasMustBeFilledIn,
  memberMustNotBeActiveYet,
  memberNeedsADisplayName,
} from './participation-body.membership.rules';
import { participationBodyMustExist } from './participation-body.rules';
import type { ParticipationBodyState } from './participation-body.state';

export function decideAppointMember(command: AppointMember, state: ParticipationBodyState): MemberAppointed[] {
  const { bodyId, memberId, displayName, role, expertise } = command.data;
  participationBodyMustExist(state);
  memberMustNotBeActiveYet(state, memberId);
  memberNeedsADisplayName(displayName);
  expertiseMustBeNamedOnce(expertise);
  const focusAreas = focusAreasMustBeFilledIn(command.data.focusAreas);
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
      },
    },
  ];
}
