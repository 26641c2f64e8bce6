/** The forms a participation body takes (shared/domain.md, "Municipality and participation body"). */
export const PARTICIPATION_BODY_KINDS = [
  'participation-council',
  'advisory-council',
  'client-council',
  'regional-participation-council',
  'advisory-group',
] as const;
export type ParticipationBodyKind = (typeof PARTICIPATION_BODY_KINDS)[number];

/** The laws of the social domain a body advises on: Wmo, Jeugdwet, Participatiewet. */
export const PARTICIPATION_BODY_DOMAINS = ['wmo', 'youth', 'participation-act'] as const;
export type ParticipationBodyDomain = (typeof PARTICIPATION_BODY_DOMAINS)[number];

/** A member's place in the body; the flexible shell is the "flexibele schil". */
export const MEMBER_ROLES = ['member', 'chair', 'steering-group', 'flexible-shell', 'secretary'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** Ervaringsdeskundige (lived experience) and beleidsdeskundige (policy). */
export const MEMBER_EXPERTISE = ['lived-experience', 'policy'] as const;
export type MemberExpertise = (typeof MEMBER_EXPERTISE)[number];

/** Whom the body consults: the alderman (at least twice a year) or the programme manager. */
export const CONSULTATION_PARTNERS = ['alderman', 'programme-manager'] as const;
export type ConsultationPartner = (typeof CONSULTATION_PARTNERS)[number];

/**
 * What a dispute between the municipality and the body is about, beyond a single trajectory:
 * its facilities (support, costs), agreements not kept, or information withheld (seed 003,
 * conditions 1 and 3).
 */
export const BODY_DISPUTE_SUBJECTS = ['facilities', 'agreements', 'information', 'other'] as const;
export type BodyDisputeSubject = (typeof BODY_DISPUTE_SUBJECTS)[number];

export function isBodyDisputeSubject(value: unknown): value is BodyDisputeSubject {
  return (BODY_DISPUTE_SUBJECTS as readonly unknown[]).includes(value);
}

/**
 * A member's self-declared place in the network's diversity (seed 004, "Structuur": districts and
 * villages, ages, men and women, background, education). Optional, personal data, given only
 * with the member's consent, and never shown in small counts.
 */
export interface MemberProfile {
  readonly district?: string;
  readonly ageBand?: string;
  readonly gender?: string;
  readonly background?: string;
  readonly education?: string;
}

export const MEMBER_PROFILE_FIELDS = ['district', 'ageBand', 'gender', 'background', 'education'] as const;
