import type { DocumentReference } from '../documents/document.values';
import type { Command, LocalDate } from '../kit';
import type {
  BodyDisputeSubject,
  ConsultationPartner,
  MemberExpertise,
  MemberProfile,
  MemberRole,
  ParticipationBodyDomain,
  ParticipationBodyKind,
} from './participation-body.values';

export type EstablishParticipationBody = Command<
  'EstablishParticipationBody',
  {
    readonly bodyId: string;
    readonly name: string;
    readonly kind: ParticipationBodyKind;
    readonly municipalityCodes: readonly string[];
    readonly domains: readonly ParticipationBodyDomain[];
  }
>;

export type AppointMember = Command<
  'AppointMember',
  {
    readonly bodyId: string;
    /** Also the personId under which the member's personal data is kept. */
    readonly memberId: string;
    readonly displayName: string;
    readonly role: MemberRole;
    readonly expertise: readonly MemberExpertise[];
    readonly focusAreas?: readonly string[];
    /** The login `sub` of the person, so the application can tie a login to this membership. */
    readonly subject?: string;
    /** Self-declared; recorded only with `profileConsent: true`. */
    readonly profile?: MemberProfile;
    readonly profileConsent?: boolean;
    readonly workingGroups?: readonly string[];
  }
>;

export type EndMembership = Command<
  'EndMembership',
  {
    readonly bodyId: string;
    readonly memberId: string;
    readonly reason: string;
  }
>;

export type RecordConsultation = Command<
  'RecordConsultation',
  {
    readonly bodyId: string;
    readonly consultationId: string;
    readonly heldOn: LocalDate;
    readonly with: ConsultationPartner;
    readonly topics: readonly string[];
    readonly agreements?: string;
  }
>;

export type RecordSelfEvaluation = Command<
  'RecordSelfEvaluation',
  {
    readonly bodyId: string;
    readonly year: number;
    readonly summary: string;
  }
>;

/** Either side raises a dispute about the body's facilities, agreements or information. */
export type RaiseBodyDispute = Command<
  'RaiseBodyDispute',
  {
    readonly bodyId: string;
    readonly disputeId: string;
    readonly reason: string;
    readonly about: BodyDisputeSubject;
  }
>;

/** The independent dispute committee settles it. */
export type ResolveBodyDispute = Command<
  'ResolveBodyDispute',
  { readonly bodyId: string; readonly disputeId: string; readonly resolution: string }
>;

/**
 * Attaches the notes of a recorded consultation, stored by their SHA-256 and sealed for
 * `concerns`: the persons the application sealed them for, every active member of the body.
 */
export type AttachBodyDocument = Command<
  'AttachBodyDocument',
  {
    readonly bodyId: string;
    readonly document: DocumentReference;
    readonly consultationId: string;
    readonly concerns: readonly string[];
  }
>;

export type ParticipationBodyCommand =
  | EstablishParticipationBody
  | AppointMember
  | EndMembership
  | RecordConsultation
  | RecordSelfEvaluation
  | RaiseBodyDispute
  | ResolveBodyDispute
  | AttachBodyDocument;
