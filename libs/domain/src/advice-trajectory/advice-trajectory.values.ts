/** Who asked for the advice: the municipality (solicited) or the body on its own (unsolicited). */
export const ADVICE_KINDS = ['solicited', 'unsolicited'] as const;
export type AdviceKind = (typeof ADVICE_KINDS)[number];

/**
 * What the advice is about: the policy itself (content), or how the municipality involves
 * residents and clients (process) — the IJmond participation councils advise on the process,
 * not the content (seed 002). First-version advice is content advice.
 */
export const ADVICE_NATURES = ['content', 'process'] as const;
export type AdviceNature = (typeof ADVICE_NATURES)[number];

export const SOCIAL_DOMAINS = ['wmo', 'youth', 'participation-act'] as const;
export type SocialDomain = (typeof SOCIAL_DOMAINS)[number];

/** The phase of the policy cycle; where participation starts measures how early it was. */
export const POLICY_PHASES = ['agenda-setting', 'preparation', 'decision', 'implementation', 'evaluation'] as const;
export type PolicyPhase = (typeof POLICY_PHASES)[number];

/** What the college did with one recommendation. */
export const COLLEGE_DECISIONS = ['adopted', 'partially-adopted', 'not-adopted'] as const;
export type CollegeDecision = (typeof COLLEGE_DECISIONS)[number];

/** What the council did with the proposal the advice was attached to; only `postponed` is not final. */
export const COUNCIL_DECISIONS = ['adopted', 'rejected', 'amended', 'postponed'] as const;
export type CouncilDecision = (typeof COUNCIL_DECISIONS)[number];

export const IMPLEMENTATION_STATUSES = ['not-started', 'in-progress', 'realised', 'dropped'] as const;
export type ImplementationStatus = (typeof IMPLEMENTATION_STATUSES)[number];

export interface Recommendation {
  readonly number: number;
  readonly text: string;
}

export interface RecommendationAnswer {
  readonly recommendationNumber: number;
  readonly decision: CollegeDecision;
  readonly reasoning?: string;
}

export interface Checkpoint {
  readonly dueOn: string;
  readonly description: string;
}
