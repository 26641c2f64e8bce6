import type { ConsultationPartner, MemberExpertise, MemberRole } from '#domain';
import type { SealedValue } from '../signal-register/signal-register.projection';

/** A member as appointed; name and profile stay sealed under the member's id until a query opens them. */
export interface BodyMemberEntry {
  readonly memberId: string;
  readonly displayName: SealedValue;
  readonly role: MemberRole;
  readonly expertise: readonly MemberExpertise[];
  readonly focusAreas: readonly string[];
  readonly workingGroups: readonly string[];
  /** The member's login `sub`: pseudonymous, shown only to roles that see personal data. */
  readonly subject?: string;
  /** Self-declared diversity attributes, present only when the member consented. */
  readonly profile?: SealedValue;
  readonly appointedAt: string;
  /** When the membership ended; absent while it lasts. */
  readonly endedAt?: string;
}

export interface ConsultationEntry {
  readonly consultationId: string;
  readonly heldOn: string;
  readonly with: ConsultationPartner;
  readonly topics: readonly string[];
  readonly agreements?: string;
}

export interface SelfEvaluationEntry {
  readonly year: number;
  readonly summary: string;
  readonly recordedAt: string;
}

/** One participation body with its members, its consultations and its yearly self-evaluations. */
export interface BodyRegisterDoc {
  readonly bodyId: string;
  readonly name: string;
  readonly kind: string;
  readonly municipalityCodes: readonly string[];
  readonly domains: readonly string[];
  readonly establishedAt: string;
  /** Everyone ever appointed, in order of appointment; a former member keeps `endedAt`. */
  readonly members: readonly BodyMemberEntry[];
  /** Oldest held first. */
  readonly consultations: readonly ConsultationEntry[];
  /** By year. */
  readonly selfEvaluations: readonly SelfEvaluationEntry[];
}
