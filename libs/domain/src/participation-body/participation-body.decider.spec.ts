import { fold } from '../kit';
import { participationBodyDecider, participationBodyStreamId } from './participation-body.decider';
import type { MemberAppointed } from './participation-body.events';
import {
  bodyEstablished,
  bodyId,
  consultationRecorded,
  memberAppointed,
  memberId,
  membershipEnded,
  otherMemberId,
  selfEvaluationRecorded,
} from './participation-body.fixtures';

const secretaryAppointed: MemberAppointed = {
  type: 'MemberAppointed',
  data: {
    bodyId,
    memberId: otherMemberId,
    displayName: { personId: otherMemberId, value: 'Sem Bakker' },
    role: 'secretary',
    expertise: ['policy'],
    focusAreas: [],
  },
};

describe('the state of a participation body', () => {
  it('keeps its municipalities, active members, consultations and self-evaluation years after its history', () => {
    const state = fold(participationBodyDecider, [
      bodyEstablished,
      memberAppointed,
      secretaryAppointed,
      membershipEnded,
      consultationRecorded,
      selfEvaluationRecorded,
    ]);
    expect(state).toEqual({
      status: 'established',
      bodyId,
      name: 'Regionale participatieraad IJmond',
      kind: 'regional-participation-council',
      municipalityCodes: ['GM0375', 'GM0396', 'GM0453'],
      domains: ['wmo', 'youth', 'participation-act'],
      members: [{ memberId: otherMemberId, role: 'secretary', expertise: ['policy'], focusAreas: [] }],
      formerMemberIds: [memberId],
      consultations: [
        { consultationId: consultationRecorded.data.consultationId, heldOn: '2026-11-12', with: 'alderman' },
      ],
      selfEvaluationYears: [2025],
      disputes: [],
    });
  });

  it('makes a former member active again when they are appointed anew', () => {
    const state = fold(participationBodyDecider, [bodyEstablished, memberAppointed, membershipEnded, memberAppointed]);
    expect(state).toMatchObject({
      members: [
        { memberId, role: 'chair', expertise: ['lived-experience'], focusAreas: memberAppointed.data.focusAreas },
      ],
      formerMemberIds: [],
    });
  });

  it('keeps no personal data of its members', () => {
    const state = fold(participationBodyDecider, [bodyEstablished, memberAppointed, membershipEnded]);
    expect(JSON.stringify(state)).not.toContain('Mira de Vries');
    expect(JSON.stringify(state)).not.toContain('Verhuisd');
  });

  it('lives in a stream named by its id', () => {
    expect(participationBodyStreamId(bodyId)).toBe(`participation-body-${bodyId}`);
  });
});
