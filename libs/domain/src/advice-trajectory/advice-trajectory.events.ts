import type { DocumentReference } from '../documents/document.values';
import type { DomainEvent, LocalDate, Side } from '../kit';
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

/*
 * No personal data in this stream: advice, the college's response and council decisions are
 * public texts about policy, and the body, signals and tables are referred to by id only. So no
 * field here is wrapped as PersonalData; whoever adds one that can describe a person must wrap it.
 */

export type AdviceTrajectoryStarted = DomainEvent<
  'AdviceTrajectoryStarted',
  {
    readonly trajectoryId: string;
    readonly municipalityCode: string;
    readonly bodyId: string;
    readonly kind: AdviceKind;
    readonly subject: string;
    readonly domain: SocialDomain;
    readonly policyPhase: PolicyPhase;
    readonly responseDueOn?: LocalDate;
    /** Second version: the municipality's question (always there for solicited advice). */
    readonly question?: string;
    readonly adviceDueOn?: LocalDate;
    /** A pseudonymous login id, like the actor ids in every event's metadata. */
    readonly responsibleOfficial?: string;
    /** An office name ("wethouder Zorg"), not a person's name. */
    readonly portfolioHolder?: string;
    /** Present only when the advice is addressed to more than the trajectory's own municipality. */
    readonly addressedTo?: readonly string[];
  }
>;

/**
 * Written by the first version, when one side agreed the approach alone; it still reads as an
 * agreed approach. New agreements are a proposal by one side and a confirmation by the other.
 */
export type ParticipationApproachAgreed = DomainEvent<
  'ParticipationApproachAgreed',
  {
    readonly trajectoryId: string;
    readonly forms: readonly string[];
    readonly phases: readonly PolicyPhase[];
    readonly roles: string;
  }
>;

/** One side proposes how residents are involved; it is agreed once the other side confirms. */
export type ParticipationApproachProposed = DomainEvent<
  'ParticipationApproachProposed',
  {
    readonly trajectoryId: string;
    readonly forms: readonly string[];
    readonly phases: readonly PolicyPhase[];
    readonly roles: string;
    readonly proposedBy: Side;
  }
>;

/** The other side confirmed the proposal: the approach it names is agreed by both. */
export type ParticipationApproachConfirmed = DomainEvent<
  'ParticipationApproachConfirmed',
  {
    readonly trajectoryId: string;
    readonly forms: readonly string[];
    readonly phases: readonly PolicyPhase[];
    readonly roles: string;
    readonly proposedBy: Side;
    readonly confirmedBy: Side;
  }
>;

/** `collective` is present when `signalId` names a collective signal made by ClusterSignals. */
export type SignalLinked = DomainEvent<
  'SignalLinked',
  { readonly trajectoryId: string; readonly signalId: string; readonly collective?: true }
>;

export type TemporaryTableLinked = DomainEvent<
  'TemporaryTableLinked',
  { readonly trajectoryId: string; readonly tableId: string }
>;

/** Version 1 is the first advice; a later version supersedes the one before and never erases it. */
export type AdviceIssued = DomainEvent<
  'AdviceIssued',
  {
    readonly trajectoryId: string;
    readonly version: number;
    readonly supersedesVersion: number | null;
    readonly issuedOn: LocalDate;
    readonly summary: string;
    readonly clientPerspective: string;
    readonly recommendations: readonly Recommendation[];
    /** Present only for process advice; absent means content advice. */
    readonly adviceKind?: AdviceNature;
    /** Present when the trajectory had no response deadline: issuedOn plus the regulation's term. */
    readonly responseDueOn?: LocalDate;
  }
>;

export type CollegeResponseRecorded = DomainEvent<
  'CollegeResponseRecorded',
  {
    readonly trajectoryId: string;
    readonly adviceVersion: number;
    readonly respondedOn: LocalDate;
    readonly decisions: readonly RecommendationAnswer[];
    readonly documentRef?: string;
    /** The college that answered; present only when the advice is addressed to several municipalities. */
    readonly municipalityCode?: string;
  }
>;

/** The college's corrected answers replace its earlier ones as current; both stay on record. */
export type CollegeResponseCorrected = DomainEvent<
  'CollegeResponseCorrected',
  {
    readonly trajectoryId: string;
    readonly adviceVersion: number;
    readonly reason: string;
    readonly decisions: readonly RecommendationAnswer[];
    /** Present only when the advice is addressed to several municipalities. */
    readonly municipalityCode?: string;
  }
>;

export type AdviceAttachedToCouncilProposal = DomainEvent<
  'AdviceAttachedToCouncilProposal',
  {
    readonly trajectoryId: string;
    readonly proposalRef: string;
    readonly attachedOn: LocalDate;
    /** Whose council the proposal is for; present only when the advice is addressed to several municipalities. */
    readonly municipalityCode?: string;
    readonly proposalUrl?: string;
  }
>;

/** The decision is on the council proposal the advice was last attached to (`proposalRef`). */
export type CouncilDecisionRecorded = DomainEvent<
  'CouncilDecisionRecorded',
  {
    readonly trajectoryId: string;
    readonly proposalRef: string;
    readonly decidedOn: LocalDate;
    readonly decision: CouncilDecision;
    readonly note?: string;
    /** Present only when the advice is addressed to several municipalities. */
    readonly municipalityCode?: string;
  }
>;

/** A later agreement replaces the checkpoints of the one before. */
export type ImplementationFollowUpAgreed = DomainEvent<
  'ImplementationFollowUpAgreed',
  { readonly trajectoryId: string; readonly checkpoints: readonly Checkpoint[] }
>;

export type ImplementationProgressReported = DomainEvent<
  'ImplementationProgressReported',
  {
    readonly trajectoryId: string;
    readonly recommendationNumber: number;
    readonly status: ImplementationStatus;
    readonly reportedOn: LocalDate;
    readonly note?: string;
  }
>;

/** Disputes are numbered 1, 2, … within the trajectory. */
export type DisputeRaised = DomainEvent<
  'DisputeRaised',
  { readonly trajectoryId: string; readonly disputeNumber: number; readonly reason: string }
>;

export type DisputeResolved = DomainEvent<
  'DisputeResolved',
  { readonly trajectoryId: string; readonly disputeNumber: number; readonly resolution: string }
>;

export type AdviceTrajectoryClosed = DomainEvent<
  'AdviceTrajectoryClosed',
  { readonly trajectoryId: string; readonly note?: string }
>;

export type AdviceTrajectoryWithdrawn = DomainEvent<
  'AdviceTrajectoryWithdrawn',
  { readonly trajectoryId: string; readonly reason: string }
>;

/**
 * A document on record with the event it belongs to: its hash is the document store's name for
 * its bytes, so the audit trail vouches for them. The trajectory's documents are public texts
 * (letters, proposals), like the rest of this stream. `attachedAt` is when it was attached.
 */
export type DocumentAttachedToTrajectory = DomainEvent<
  'DocumentAttached',
  {
    readonly trajectoryId: string;
    readonly document: DocumentReference;
    readonly attachedAt: string;
    /** The college or council it is for; present only when the advice is addressed to several. */
    readonly municipalityCode?: string;
    /** For a council proposal document: the proposal's reference. */
    readonly proposalRef?: string;
  }
>;

export type AdviceTrajectoryEvent =
  | AdviceTrajectoryStarted
  | ParticipationApproachAgreed
  | ParticipationApproachProposed
  | ParticipationApproachConfirmed
  | SignalLinked
  | TemporaryTableLinked
  | AdviceIssued
  | CollegeResponseRecorded
  | CollegeResponseCorrected
  | AdviceAttachedToCouncilProposal
  | CouncilDecisionRecorded
  | ImplementationFollowUpAgreed
  | ImplementationProgressReported
  | DisputeRaised
  | DisputeResolved
  | AdviceTrajectoryClosed
  | AdviceTrajectoryWithdrawn
  | DocumentAttachedToTrajectory;
