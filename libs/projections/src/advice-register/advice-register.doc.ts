import type {
  AdviceKind,
  Checkpoint,
  CollegeDecision,
  CouncilDecision,
  ImplementationStatus,
  PolicyPhase,
  SocialDomain,
} from '#domain';

/**
 * Where a trajectory stands in the register: `advised` awaits the college's written response,
 * `attached` awaits the council, `decided` has a council decision that is not a postponement.
 */
export const ADVICE_REGISTER_STATUSES = [
  'started',
  'advised',
  'responded',
  'attached',
  'decided',
  'closed',
  'withdrawn',
] as const;
export type AdviceRegisterStatus = (typeof ADVICE_REGISTER_STATUSES)[number];

export interface ImplementationEntry {
  readonly status: ImplementationStatus;
  readonly reportedOn: string;
  readonly note?: string;
}

/** One recommendation of the current advice, with what the college did and how it is carried out. */
export interface RecommendationEntry {
  readonly number: number;
  readonly text: string;
  readonly collegeDecision?: CollegeDecision;
  readonly reasoning?: string;
  readonly implementation?: ImplementationEntry;
}

export interface AdviceEntry {
  readonly version: number;
  readonly issuedOn: string;
  readonly summary: string;
  readonly clientPerspective: string;
  readonly recommendations: readonly RecommendationEntry[];
}

export interface CouncilDecisionEntry {
  readonly decidedOn: string;
  readonly decision: CouncilDecision;
  readonly note?: string;
}

export interface ProposalEntry {
  readonly proposalRef: string;
  readonly attachedOn: string;
  readonly decisions: readonly CouncilDecisionEntry[];
}

export interface DisputeEntry {
  readonly disputeNumber: number;
  readonly reason: string;
  readonly raisedAt: string;
  readonly resolution?: string;
  readonly resolvedAt?: string;
}

/** A row of the advice register: one advice trajectory, as far as it has come. */
export interface AdviceRegisterDoc {
  readonly trajectoryId: string;
  readonly municipalityCode: string;
  readonly bodyId: string;
  readonly kind: AdviceKind;
  readonly subject: string;
  readonly domain: SocialDomain;
  readonly policyPhase: PolicyPhase;
  readonly responseDueOn?: string;
  readonly status: AdviceRegisterStatus;
  readonly approach?: { readonly forms: readonly string[]; readonly phases: readonly string[]; readonly roles: string };
  readonly signalIds: readonly string[];
  readonly tableIds: readonly string[];
  readonly advice?: AdviceEntry;
  readonly respondedOn?: string;
  readonly documentRef?: string;
  /** In the order they were attached; the council decides on the last one. */
  readonly proposals: readonly ProposalEntry[];
  readonly followUp: readonly Checkpoint[];
  readonly disputes: readonly DisputeEntry[];
  readonly closed?: { readonly note?: string; readonly closedAt: string };
  readonly withdrawn?: { readonly reason: string; readonly withdrawnAt: string };
  readonly startedAt: string;
}

/**
 * Whether the college's written response is overdue on `today` (a date in Europe/Amsterdam):
 * the advice is issued, no response is recorded, the trajectory is open and the due date lies
 * before today. The same rule as the domain's `isOverdue`.
 */
export function isAdviceOverdue(doc: AdviceRegisterDoc, today: string): boolean {
  return doc.status === 'advised' && doc.responseDueOn !== undefined && doc.responseDueOn < today;
}

/** The council's latest word on the proposal the advice was last attached to. */
export function latestCouncilDecision(
  doc: AdviceRegisterDoc,
): (CouncilDecisionEntry & { proposalRef: string }) | undefined {
  const proposal = doc.proposals.at(-1);
  const decision = proposal?.decisions.at(-1);
  return proposal && decision ? { proposalRef: proposal.proposalRef, ...decision } : undefined;
}
