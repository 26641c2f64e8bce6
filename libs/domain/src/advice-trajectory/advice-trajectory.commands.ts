import type { DocumentReference } from '../documents/document.values';
import type { Command, LocalDate } from '../kit';
import type {
  AdviceKind,
  AdviceNature,
  Checkpoint,
  CouncilDecision,
  ImplementationStatus,
  PolicyPhase,
  Recommendation,
  RecommendationAnswer,
  SocialDomain,
} from './advice-trajectory.values';

export type StartAdviceTrajectory = Command<
  'StartAdviceTrajectory',
  {
    readonly trajectoryId: string;
    readonly municipalityCode: string;
    readonly bodyId: string;
    readonly kind: AdviceKind;
    readonly subject: string;
    readonly domain: SocialDomain;
    readonly policyPhase: PolicyPhase;
    readonly responseDueOn?: LocalDate;
    /** The question the municipality asks; required for solicited advice. */
    readonly question?: string;
    /** When the body's advice is due; overdue on the body's side after it. */
    readonly adviceDueOn?: LocalDate;
    /** The `sub` of the official responsible for the request. */
    readonly responsibleOfficial?: string;
    /** The alderman who holds the portfolio, by office name ("wethouder Zorg"). */
    readonly portfolioHolder?: string;
    /** CBS codes of every municipality whose college answers; `[municipalityCode]` when left out. */
    readonly addressedTo?: readonly string[];
  }
>;

/** Records a proposal by the actor's side (official, or the body's secretary or member); the other side confirms it. */
export type AgreeParticipationApproach = Command<
  'AgreeParticipationApproach',
  {
    readonly trajectoryId: string;
    readonly forms: readonly string[];
    readonly phases: readonly PolicyPhase[];
    readonly roles: string;
  }
>;

/** The other side confirms the approach proposed by one side; then it is agreed (seed 004, "Werkwijze"). */
export type ConfirmParticipationApproach = Command<'ConfirmParticipationApproach', { readonly trajectoryId: string }>;

/**
 * `signalId` names a single signal or a collective signal (a cluster); the application, which
 * reads the streams, says which by `collective`.
 */
export type LinkSignal = Command<
  'LinkSignal',
  { readonly trajectoryId: string; readonly signalId: string; readonly collective?: boolean }
>;

export type LinkTemporaryTable = Command<
  'LinkTemporaryTable',
  { readonly trajectoryId: string; readonly tableId: string }
>;

export type IssueAdvice = Command<
  'IssueAdvice',
  {
    readonly trajectoryId: string;
    readonly issuedOn: LocalDate;
    readonly summary: string;
    readonly clientPerspective: string;
    readonly recommendations: readonly Recommendation[];
    /** Content (the default) or process advice. */
    readonly adviceKind?: AdviceNature;
    /**
     * The response term of the municipality's regulation, passed in by the application; when the
     * trajectory has no response deadline, the college's answer is due this many days after
     * `issuedOn` (default 42).
     */
    readonly responseTermDays?: number;
  }
>;

/** `municipalityCode` names the college that answers; required when the advice is addressed to several. */
export type RecordCollegeResponse = Command<
  'RecordCollegeResponse',
  {
    readonly trajectoryId: string;
    readonly respondedOn: LocalDate;
    readonly decisions: readonly RecommendationAnswer[];
    readonly documentRef?: string;
    readonly municipalityCode?: string;
  }
>;

/** Corrects a mistaken college response; the history keeps both, the correction is current. */
export type CorrectCollegeResponse = Command<
  'CorrectCollegeResponse',
  {
    readonly trajectoryId: string;
    readonly reason: string;
    readonly decisions: readonly RecommendationAnswer[];
    readonly municipalityCode?: string;
  }
>;

/** A `proposalRef` is unique within its municipality, never across them. */
export type AttachToCouncilProposal = Command<
  'AttachToCouncilProposal',
  {
    readonly trajectoryId: string;
    readonly proposalRef: string;
    readonly attachedOn: LocalDate;
    readonly municipalityCode?: string;
    /** The council information system's page or Open Raadsinformatie id. */
    readonly proposalUrl?: string;
  }
>;

export type RecordCouncilDecision = Command<
  'RecordCouncilDecision',
  {
    readonly trajectoryId: string;
    readonly decidedOn: LocalDate;
    readonly decision: CouncilDecision;
    readonly note?: string;
    readonly municipalityCode?: string;
  }
>;

export type AgreeImplementationFollowUp = Command<
  'AgreeImplementationFollowUp',
  { readonly trajectoryId: string; readonly checkpoints: readonly Checkpoint[] }
>;

export type ReportImplementationProgress = Command<
  'ReportImplementationProgress',
  {
    readonly trajectoryId: string;
    readonly recommendationNumber: number;
    readonly status: ImplementationStatus;
    readonly reportedOn: LocalDate;
    readonly note?: string;
  }
>;

export type RaiseDispute = Command<'RaiseDispute', { readonly trajectoryId: string; readonly reason: string }>;

export type ResolveDispute = Command<'ResolveDispute', { readonly trajectoryId: string; readonly resolution: string }>;

export type CloseTrajectory = Command<'CloseTrajectory', { readonly trajectoryId: string; readonly note?: string }>;

export type WithdrawTrajectory = Command<
  'WithdrawTrajectory',
  { readonly trajectoryId: string; readonly reason: string }
>;

/**
 * Attaches a document the store already holds (by its SHA-256) to the event it belongs to;
 * `municipalityCode` names the college or council when the advice is addressed to several,
 * `proposalRef` the council proposal a proposal document is for (the last one when left out).
 */
export type AttachDocument = Command<
  'AttachDocument',
  {
    readonly trajectoryId: string;
    readonly document: DocumentReference;
    readonly municipalityCode?: string;
    readonly proposalRef?: string;
  }
>;

export type AdviceTrajectoryCommand =
  | StartAdviceTrajectory
  | AgreeParticipationApproach
  | ConfirmParticipationApproach
  | LinkSignal
  | LinkTemporaryTable
  | IssueAdvice
  | RecordCollegeResponse
  | CorrectCollegeResponse
  | AttachToCouncilProposal
  | RecordCouncilDecision
  | AgreeImplementationFollowUp
  | ReportImplementationProgress
  | RaiseDispute
  | ResolveDispute
  | CloseTrajectory
  | WithdrawTrajectory
  | AttachDocument;
