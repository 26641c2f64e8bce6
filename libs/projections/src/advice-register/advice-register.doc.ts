import type {
  AdviceKind,
  AdviceNature,
  Checkpoint,
  CollegeDecision,
  CouncilDecision,
  ImplementationStatus,
  PolicyPhase,
  RecommendationAnswer,
  Side,
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

/**
 * One recommendation of the current advice, with what the college of the trajectory's own
 * municipality did (the current answer) and how it is carried out; every addressed college's
 * answers are in `responses`.
 */
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
  /**
   * Content or process advice; first-version advice reads as content (the domain's upcaster).
   * Absent from rows folded before the second version, until the register is rebuilt.
   */
  readonly adviceKind?: AdviceNature;
}

/** One correction of a college's response: the answers it replaced stay on record here. */
export interface ResponseCorrectionEntry {
  readonly reason: string;
  readonly correctedAt: string;
  readonly replaced: readonly RecommendationAnswer[];
}

/** One addressed college's written response; `decisions` are the current ones (corrected, when it was). */
export interface CollegeResponseEntry {
  readonly municipalityCode: string;
  readonly adviceVersion: number;
  readonly respondedOn: string;
  readonly decisions: readonly RecommendationAnswer[];
  readonly documentRef?: string;
  readonly corrections: readonly ResponseCorrectionEntry[];
}

/** How residents are involved; who proposed and confirmed it is unknown for first-version agreements. */
export interface ApproachEntry {
  readonly forms: readonly string[];
  readonly phases: readonly string[];
  readonly roles: string;
  readonly proposedBy?: Side;
  readonly confirmedBy?: Side;
}

export interface CouncilDecisionEntry {
  readonly decidedOn: string;
  readonly decision: CouncilDecision;
  readonly note?: string;
}

/** A council proposal of one municipality: a reference is unique within its municipality only. */
export interface ProposalEntry {
  /** Whose council it is; absent from rows folded before the second version: the trajectory's own. */
  readonly municipalityCode?: string;
  readonly proposalRef: string;
  readonly proposalUrl?: string;
  readonly attachedOn: string;
  readonly decisions: readonly CouncilDecisionEntry[];
}

export interface DisputeEntry {
  readonly disputeNumber: number;
  readonly reason: string;
  /** The side whose official or member raised it, from the event's actor. */
  readonly raisedBy?: Side;
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
  readonly question?: string;
  /** When the body's advice is due; overdue on the body's side after it. */
  readonly adviceDueOn?: string;
  /** A pseudonymous login id (`sub`), like the actor ids of the events. */
  readonly responsibleOfficial?: string;
  /** An office name ("wethouder Zorg"), not a person's name. */
  readonly portfolioHolder?: string;
  /**
   * Every municipality whose college answers; each of them reads the row. Absent from rows
   * folded before the second version (the trajectory's own only), until the register is rebuilt.
   */
  readonly addressedTo?: readonly string[];
  readonly status: AdviceRegisterStatus;
  /** The approach both sides agreed (or the first version's one-sided agreement). */
  readonly approach?: ApproachEntry;
  /** A proposal that awaits the other side's confirmation. */
  readonly proposedApproach?: ApproachEntry & { readonly proposedBy: Side };
  readonly signalIds: readonly string[];
  readonly tableIds: readonly string[];
  readonly advice?: AdviceEntry;
  /** Each addressed college's response, in the order recorded; absent from rows folded before the second version. */
  readonly responses?: readonly CollegeResponseEntry[];
  /** When the last addressed college responded: set once every one has. */
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

/** A row while an event changes it; its status follows from the rest. */
export type Changes = Omit<AdviceRegisterDoc, 'status'>;

/** The council's latest word on the proposal the advice was last attached to (in `municipalityCode`, when named). */
export function latestCouncilDecision(
  doc: AdviceRegisterDoc,
  municipalityCode?: string,
): (CouncilDecisionEntry & { proposalRef: string }) | undefined {
  const proposals = doc.proposals.filter(
    (p) => municipalityCode === undefined || councilOf(doc, p) === municipalityCode,
  );
  const proposal = proposals.at(-1);
  const decision = proposal?.decisions.at(-1);
  return proposal && decision ? { proposalRef: proposal.proposalRef, ...decision } : undefined;
}

/** Every municipality the advice is addressed to. */
export function addressedToOf(doc: Pick<AdviceRegisterDoc, 'addressedTo' | 'municipalityCode'>): readonly string[] {
  return doc.addressedTo ?? [doc.municipalityCode];
}

/** Each addressed college's response recorded so far. */
export function responsesOf(doc: Pick<AdviceRegisterDoc, 'responses'>): readonly CollegeResponseEntry[] {
  return doc.responses ?? [];
}

/** The municipality whose council the proposal is for. */
export function councilOf(doc: Pick<AdviceRegisterDoc, 'municipalityCode'>, proposal: ProposalEntry): string {
  return proposal.municipalityCode ?? doc.municipalityCode;
}
