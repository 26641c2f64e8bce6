import type { Command, LocalDate } from '../kit';
import type {
  AdviceKind,
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

export type LinkSignal = Command<'LinkSignal', { readonly trajectoryId: string; readonly signalId: string }>;

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
  }
>;

export type RecordCollegeResponse = Command<
  'RecordCollegeResponse',
  {
    readonly trajectoryId: string;
    readonly respondedOn: LocalDate;
    readonly decisions: readonly RecommendationAnswer[];
    readonly documentRef?: string;
  }
>;

export type AttachToCouncilProposal = Command<
  'AttachToCouncilProposal',
  { readonly trajectoryId: string; readonly proposalRef: string; readonly attachedOn: LocalDate }
>;

export type RecordCouncilDecision = Command<
  'RecordCouncilDecision',
  {
    readonly trajectoryId: string;
    readonly decidedOn: LocalDate;
    readonly decision: CouncilDecision;
    readonly note?: string;
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

export type AdviceTrajectoryCommand =
  | StartAdviceTrajectory
  | AgreeParticipationApproach
  | ConfirmParticipationApproach
  | LinkSignal
  | LinkTemporaryTable
  | IssueAdvice
  | RecordCollegeResponse
  | AttachToCouncilProposal
  | RecordCouncilDecision
  | AgreeImplementationFollowUp
  | ReportImplementationProgress
  | RaiseDispute
  | ResolveDispute
  | CloseTrajectory
  | WithdrawTrajectory;
