import { assertNever, type LocalDate, type Side } from '../kit';
import type { ParticipationBodyEstablished, ParticipationBodyEvent } from './participation-body.events';
import type { BodyDisputeSubject, ConsultationPartner, MemberExpertise, MemberRole } from './participation-body.values';

/** An active member, without personal data: the rules need only who holds which place. */
export interface BodyMember {
  readonly memberId: string;
  readonly role: MemberRole;
  readonly expertise: readonly MemberExpertise[];
  readonly focusAreas: readonly string[];
  readonly subject?: string;
  readonly workingGroups?: readonly string[];
}

export interface BodyConsultation {
  readonly consultationId: string;
  readonly heldOn: LocalDate;
  readonly with: ConsultationPartner;
}

/** A dispute about the body's facilities, agreements or information; open while it has no resolution. */
export interface BodyDispute {
  readonly disputeId: string;
  readonly about: BodyDisputeSubject;
  readonly raisedBy: Side;
  readonly resolved: boolean;
}

export type ParticipationBodyState =
  | { readonly status: 'none' }
  | ({
      readonly status: 'established';
      readonly members: readonly BodyMember[];
      /** Members whose membership ended and who are not active again. */
      readonly formerMemberIds: readonly string[];
      readonly consultations: readonly BodyConsultation[];
      readonly selfEvaluationYears: readonly number[];
      readonly disputes: readonly BodyDispute[];
    } & ParticipationBodyEstablished['data']);

export type EstablishedParticipationBody = Extract<ParticipationBodyState, { status: 'established' }>;

export function initialParticipationBodyState(): ParticipationBodyState {
  return { status: 'none' };
}

export function evolveParticipationBody(
  state: ParticipationBodyState,
  event: ParticipationBodyEvent,
): ParticipationBodyState {
  if (event.type === 'ParticipationBodyEstablished') {
    return {
      status: 'established',
      ...event.data,
      members: [],
      formerMemberIds: [],
      consultations: [],
      selfEvaluationYears: [],
      disputes: [],
    };
  }
  if (state.status === 'none') return state;
  return evolveEstablished(state, event);
}

function evolveEstablished(
  state: EstablishedParticipationBody,
  event: Exclude<ParticipationBodyEvent, { type: 'ParticipationBodyEstablished' }>,
): EstablishedParticipationBody {
  switch (event.type) {
    case 'MemberAppointed': {
      const { memberId, role, expertise, focusAreas, subject, workingGroups } = event.data;
      const member: BodyMember = {
        memberId,
        role,
        expertise,
        focusAreas,
        ...(subject === undefined ? {} : { subject }),
        ...(workingGroups === undefined ? {} : { workingGroups }),
      };
      return {
        ...state,
        members: [...state.members, member],
        formerMemberIds: state.formerMemberIds.filter((id) => id !== memberId),
      };
    }
    case 'MembershipEnded': {
      const { memberId } = event.data;
      return {
        ...state,
        members: state.members.filter((member) => member.memberId !== memberId),
        formerMemberIds: [...state.formerMemberIds, memberId],
      };
    }
    case 'ConsultationRecorded': {
      const { consultationId, heldOn, with: partner } = event.data;
      return { ...state, consultations: [...state.consultations, { consultationId, heldOn, with: partner }] };
    }
    case 'SelfEvaluationRecorded':
      return { ...state, selfEvaluationYears: [...state.selfEvaluationYears, event.data.year] };
    case 'BodyDisputeRaised': {
      const { disputeId, about, raisedBy } = event.data;
      return { ...state, disputes: [...state.disputes, { disputeId, about, raisedBy, resolved: false }] };
    }
    case 'BodyDisputeResolved': {
      const { disputeId } = event.data;
      return {
        ...state,
        disputes: state.disputes.map((d) => (d.disputeId === disputeId ? { ...d, resolved: true } : d)),
      };
    }
    // The notes are kept by the document register; no rule looks back at them.
    case 'DocumentAttached':
      return state;
    default:
      return assertNever(event);
  }
}
