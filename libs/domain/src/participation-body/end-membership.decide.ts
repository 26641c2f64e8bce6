import { personal } from '../kit';
import type { EndMembership } from './participation-body.commands';
import type { MembershipEnded } from './participation-body.events';
import { endingAMembershipNeedsAReason, membershipMustBeActive } from './participation-body.membership.rules';
import { participationBodyMustExist } from './participation-body.rules';
import type { ParticipationBodyState } from './participation-body.state';

export function decideEndMembership(command: EndMembership, state: ParticipationBodyState): MembershipEnded[] {
  const { bodyId, memberId, reason } = command.data;
  participationBodyMustExist(state);
  membershipMustBeActive(state, memberId);
  endingAMembershipNeedsAReason(reason);
  return [{ type: 'MembershipEnded', data: { bodyId, memberId, reason: personal(memberId, reason.trim()) } }];
}
