import { specification } from '../testing';
import { participationBodyDecider } from './participation-body.decider';
import {
  bodyEstablished,
  endMembership,
  memberAppointed,
  membershipEnded,
  otherMemberId,
} from './participation-body.fixtures';

const spec = specification(participationBodyDecider);

describe('ending a membership', () => {
  describe('when the body has not been established', () => {
    it('refuses to end the membership', () => {
      spec.given([]).when(endMembership()).thenRefuses('PARTICIPATION_BODY.NOT_FOUND', 'not-found');
    });
  });

  describe('when the person is an active member', () => {
    it('ends the membership, keeping the reason as personal data of the member', () => {
      spec.given([bodyEstablished, memberAppointed]).when(endMembership()).then([membershipEnded]);
    });

    it('records the reason without surrounding spaces', () => {
      spec
        .given([bodyEstablished, memberAppointed])
        .when(endMembership({ reason: '  Verhuisd naar een andere regio. ' }))
        .then([membershipEnded]);
    });

    it('refuses to end it without a reason', () => {
      spec
        .given([bodyEstablished, memberAppointed])
        .when(endMembership({ reason: '' }))
        .thenRefuses('PARTICIPATION_BODY.REASON_MISSING', 'rule');
    });
  });

  describe('when the person was never a member', () => {
    it('does not find the member', () => {
      spec
        .given([bodyEstablished, memberAppointed])
        .when(endMembership({ memberId: otherMemberId }))
        .thenRefuses('PARTICIPATION_BODY.MEMBER_NOT_FOUND', 'not-found');
    });
  });

  describe('when the membership has already ended', () => {
    it('refuses to end it again', () => {
      spec
        .given([bodyEstablished, memberAppointed, membershipEnded])
        .when(endMembership())
        .thenRefuses('PARTICIPATION_BODY.MEMBERSHIP_ALREADY_ENDED', 'conflict');
    });
  });
});
