import { specification } from '../testing';
import { participationBodyDecider } from './participation-body.decider';
import {
  appointMember,
  bodyEstablished,
  memberAppointed,
  memberId,
  membershipEnded,
  otherMemberId,
} from './participation-body.fixtures';

const spec = specification(participationBodyDecider);

describe('appointing a member', () => {
  describe('when the body has not been established', () => {
    it('refuses the appointment', () => {
      spec.given([]).when(appointMember()).thenRefuses('PARTICIPATION_BODY.NOT_FOUND', 'not-found');
    });
  });

  describe('when the body has been established', () => {
    it('appoints the member, keeping the name as personal data of the member', () => {
      spec.given([bodyEstablished]).when(appointMember()).then([memberAppointed]);
    });

    it('records name and focus areas without surrounding spaces', () => {
      spec
        .given([bodyEstablished])
        .when(
          appointMember({ displayName: ' Mira de Vries  ', focusAreas: [' beschermd wonen', 'doelgroepenvervoer '] }),
        )
        .then([memberAppointed]);
    });

    it('appoints a member of the flexible shell without expertise or focus areas', () => {
      spec
        .given([bodyEstablished])
        .when(
          appointMember({
            memberId: otherMemberId,
            displayName: 'Sem Bakker',
            role: 'flexible-shell',
            expertise: [],
            focusAreas: undefined,
          }),
        )
        .then([
          {
            type: 'MemberAppointed',
            data: {
              bodyId: bodyEstablished.data.bodyId,
              memberId: otherMemberId,
              displayName: { personId: otherMemberId, value: 'Sem Bakker' },
              role: 'flexible-shell',
              expertise: [],
              focusAreas: [],
            },
          },
        ]);
    });

    it('refuses a member without a name', () => {
      spec
        .given([bodyEstablished])
        .when(appointMember({ displayName: '  ' }))
        .thenRefuses('PARTICIPATION_BODY.DISPLAY_NAME_MISSING', 'rule');
    });

    it('refuses an expertise named twice', () => {
      spec
        .given([bodyEstablished])
        .when(appointMember({ expertise: ['policy', 'policy'] }))
        .thenRefuses('PARTICIPATION_BODY.EXPERTISE_REPEATED', 'rule');
    });

    it('refuses a blank focus area', () => {
      spec
        .given([bodyEstablished])
        .when(appointMember({ focusAreas: ['beschermd wonen', ' '] }))
        .thenRefuses('PARTICIPATION_BODY.FOCUS_AREA_MISSING', 'rule');
    });
  });

  describe('when the member brings a login, a profile and working groups', () => {
    it('records the login, the profile given with consent as personal data, and the working groups', () => {
      spec
        .given([bodyEstablished])
        .when(
          appointMember({
            subject: ' login-mira ',
            profile: { district: ' IJmuiden ', ageBand: '45-64', gender: '', education: 'hbo' },
            profileConsent: true,
            workingGroups: [' jeugd ', 'vervoer'],
          }),
        )
        .then([
          {
            type: 'MemberAppointed',
            data: {
              ...memberAppointed.data,
              subject: 'login-mira',
              profile: { personId: memberId, value: { district: 'IJmuiden', ageBand: '45-64', education: 'hbo' } },
              workingGroups: ['jeugd', 'vervoer'],
            },
          },
        ]);
    });

    it('refuses a profile without consent', () => {
      spec
        .given([bodyEstablished])
        .when(appointMember({ profile: { gender: 'vrouw' } }))
        .thenRefuses('PARTICIPATION_BODY.PROFILE_CONSENT_MISSING', 'rule');
    });

    it('leaves out a profile that declares nothing', () => {
      spec
        .given([bodyEstablished])
        .when(appointMember({ profile: { district: ' ' }, profileConsent: false }))
        .then([memberAppointed]);
    });

    it('refuses a blank working group', () => {
      spec
        .given([bodyEstablished])
        .when(appointMember({ workingGroups: ['jeugd', ' '] }))
        .thenRefuses('PARTICIPATION_BODY.WORKING_GROUP_MISSING', 'rule');
    });

    it('refuses a working group named twice', () => {
      spec
        .given([bodyEstablished])
        .when(appointMember({ workingGroups: ['jeugd', 'jeugd '] }))
        .thenRefuses('PARTICIPATION_BODY.WORKING_GROUP_REPEATED', 'rule');
    });

    it('refuses a login that already belongs to a current member', () => {
      spec
        .given([bodyEstablished, { ...memberAppointed, data: { ...memberAppointed.data, subject: 'login-mira' } }])
        .when(appointMember({ memberId: otherMemberId, displayName: 'M. de Vries', subject: 'login-mira' }))
        .thenRefuses('PARTICIPATION_BODY.SUBJECT_ALREADY_MEMBER', 'conflict');
    });
  });

  describe('when the person is already an active member', () => {
    it('refuses to appoint them again', () => {
      spec
        .given([bodyEstablished, memberAppointed])
        .when(appointMember({ role: 'member' }))
        .thenRefuses('PARTICIPATION_BODY.MEMBER_ALREADY_ACTIVE', 'conflict');
    });
  });

  describe("when the person's earlier membership has ended", () => {
    it('appoints them again', () => {
      spec.given([bodyEstablished, memberAppointed, membershipEnded]).when(appointMember()).then([memberAppointed]);
    });
  });
});
