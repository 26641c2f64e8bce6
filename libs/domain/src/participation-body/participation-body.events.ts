import type { DocumentReference } from '../documents/document.values';
import type { DomainEvent, LocalDate, PersonalData, Side } from '../kit';
import type {
  BodyDisputeSubject,
  ConsultationPartner,
  MemberExpertise,
  MemberProfile,
  MemberRole,
  ParticipationBodyDomain,
  ParticipationBodyKind,
} from './participation-body.values';

export type ParticipationBodyEstablished = DomainEvent<
  'ParticipationBodyEstablished',
  {
    readonly bodyId: string;
    readonly name: string;
    readonly kind: ParticipationBodyKind;
    readonly municipalityCodes: readonly string[];
    readonly domains: readonly ParticipationBodyDomain[];
  }
>;

export type MemberAppointed = DomainEvent<
  'MemberAppointed',
  {
    readonly bodyId: string;
    readonly memberId: string;
    /** Kept under the member's own id: forgetting the member erases it. */
    readonly displayName: PersonalData<string>;
    readonly role: MemberRole;
    readonly expertise: readonly MemberExpertise[];
    readonly focusAreas: readonly string[];
    /** The member's login `sub`: a pseudonymous id, like the actor ids in every event's metadata. */
    readonly subject?: string;
    /** Self-declared diversity attributes, given with consent; kept under the member's own id. */
    readonly profile?: PersonalData<MemberProfile>;
    /** Present only when the member joins working groups (seed 000, 7: "werkgroepen rond de aandachtsgebieden"). */
    readonly workingGroups?: readonly string[];
  }
>;

export type MembershipEnded = DomainEvent<
  'MembershipEnded',
  {
    readonly bodyId: string;
    readonly memberId: string;
    /** Free text that can describe the member (illness, a move), so kept under the member's id. */
    readonly reason: PersonalData<string>;
  }
>;

export type ConsultationRecorded = DomainEvent<
  'ConsultationRecorded',
  {
    readonly bodyId: string;
    readonly consultationId: string;
    readonly heldOn: LocalDate;
    readonly with: ConsultationPartner;
    readonly topics: readonly string[];
    readonly agreements?: string;
  }
>;

export type SelfEvaluationRecorded = DomainEvent<
  'SelfEvaluationRecorded',
  {
    readonly bodyId: string;
    readonly year: number;
    readonly summary: string;
  }
>;

/** The reason and resolution are about the parties' dealings, not about a person: kept plain. */
export type BodyDisputeRaised = DomainEvent<
  'BodyDisputeRaised',
  {
    readonly bodyId: string;
    readonly disputeId: string;
    readonly reason: string;
    readonly about: BodyDisputeSubject;
    readonly raisedBy: Side;
  }
>;

export type BodyDisputeResolved = DomainEvent<
  'BodyDisputeResolved',
  { readonly bodyId: string; readonly disputeId: string; readonly resolution: string }
>;

/**
 * A consultation's notes on record by their hash. The notes themselves are sealed apart (they
 * may say who said what); `concerns` names, by id only, whose keys they are sealed under.
 */
export type BodyDocumentAttached = DomainEvent<
  'DocumentAttached',
  {
    readonly bodyId: string;
    readonly document: DocumentReference;
    readonly attachedAt: string;
    readonly concerns: readonly string[];
    readonly consultationId: string;
  }
>;

export type ParticipationBodyEvent =
  | ParticipationBodyEstablished
  | MemberAppointed
  | MembershipEnded
  | ConsultationRecorded
  | SelfEvaluationRecorded
  | BodyDisputeRaised
  | BodyDisputeResolved
  | BodyDocumentAttached;
