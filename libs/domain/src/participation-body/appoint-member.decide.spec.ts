import { specification } from '../testing';
import { participationBodyDecider } from './participation-body.decider';
import {
  appointMember,
  bodyEstablished,
  memberAppointed,
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
