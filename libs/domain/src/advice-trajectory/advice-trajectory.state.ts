import type { LocalDate, Side } from '../kit';
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

/** The approach agreed by both sides; who proposed and who confirmed is unknown for the first version's agreements. */
export interface ParticipationApproach {
  readonly forms: readonly string[];
  readonly phases: readonly PolicyPhase[];
  readonly roles: string;
  readonly proposedBy?: Side;
  readonly confirmedBy?: Side;
}

/** An approach one side proposed and the other has not confirmed yet. */
export interface ProposedApproach {
  readonly forms: readonly string[];
  readonly phases: readonly PolicyPhase[];
  readonly roles: string;
  readonly proposedBy: Side;
}

/** The advice as last issued; earlier versions stay in the stream's events. */
export interface CurrentAdvice {
  readonly version: number;
  readonly issuedOn: LocalDate;
  readonly summary: string;
  readonly clientPerspective: string;
  readonly recommendations: readonly Recommendation[];
}

export interface CollegeResponse {
  readonly adviceVersion: number;
  readonly respondedOn: LocalDate;
  readonly decisions: readonly RecommendationAnswer[];
  readonly documentRef?: string;
}

export interface CouncilProposal {
  readonly proposalRef: string;
  readonly attachedOn: LocalDate;
  readonly decisions: readonly {
    readonly decidedOn: LocalDate;
    readonly decision: CouncilDecision;
    readonly note?: string;
  }[];
}

/** The latest report on one recommendation. */
export interface ProgressReport {
  readonly recommendationNumber: number;
  readonly status: ImplementationStatus;
  readonly reportedOn: LocalDate;
  readonly note?: string;
}

/** Open while it has no resolution. */
export interface Dispute {
  readonly disputeNumber: number;
  readonly reason: string;
  readonly resolution?: string;
}

export type TrajectoryEnd =
  { readonly outcome: 'closed'; readonly note?: string } | { readonly outcome: 'withdrawn'; readonly reason: string };

interface TrajectoryRecord {
  readonly trajectoryId: string;
  readonly municipalityCode: string;
  readonly bodyId: string;
  readonly kind: AdviceKind;
  readonly subject: string;
  readonly domain: SocialDomain;
  readonly policyPhase: PolicyPhase;
  readonly responseDueOn?: LocalDate;
  /** The approach both sides agreed; null until then. */
  readonly approach: ParticipationApproach | null;
  /** A proposal awaiting the other side; an agreed approach stands until a new proposal is confirmed. */
  readonly proposedApproach: ProposedApproach | null;
  readonly signalIds: readonly string[];
  readonly tableIds: readonly string[];
  /** In the order they were attached; a council decision concerns the last one. */
  readonly proposals: readonly CouncilProposal[];
  readonly followUp: readonly Checkpoint[];
  /** Ordered by recommendation number. */
  readonly progress: readonly ProgressReport[];
  readonly disputes: readonly Dispute[];
}

export type AdviceTrajectoryState =
  | { readonly status: 'none' }
  | (TrajectoryRecord & { readonly status: 'started'; readonly advice: null; readonly response: null })
  | (TrajectoryRecord & { readonly status: 'advice-issued'; readonly advice: CurrentAdvice; readonly response: null })
  | (TrajectoryRecord & {
      readonly status: 'responded';
      readonly advice: CurrentAdvice;
      readonly response: CollegeResponse;
    })
  | (TrajectoryRecord & {
      readonly status: 'closed';
      readonly advice: CurrentAdvice;
      readonly response: CollegeResponse;
      readonly end: TrajectoryEnd;
    })
  | (TrajectoryRecord & {
      readonly status: 'withdrawn';
      readonly advice: CurrentAdvice | null;
      readonly response: CollegeResponse | null;
      readonly end: TrajectoryEnd;
    });

export type AdviceTrajectoryStatus = AdviceTrajectoryState['status'];

/** A trajectory that exists and has not ended: it still accepts commands. */
export type OngoingTrajectory = Extract<AdviceTrajectoryState, { status: 'started' | 'advice-issued' | 'responded' }>;

/** A trajectory whose advice the college has answered, still open for what follows the response. */
export type RespondedTrajectory = Extract<AdviceTrajectoryState, { status: 'responded' }>;

export function initialAdviceTrajectoryState(): AdviceTrajectoryState {
  return { status: 'none' };
}

export function isOngoing(state: AdviceTrajectoryState): state is OngoingTrajectory {
  return state.status === 'started' || state.status === 'advice-issued' || state.status === 'responded';
}

export function openDispute(state: Pick<TrajectoryRecord, 'disputes'>): Dispute | undefined {
  return state.disputes.find((dispute) => dispute.resolution === undefined);
}

/**
 * Whether the college's written response is overdue on `today`: the advice is issued, no
 * response is recorded, and the due date lies before today. For the advice register.
 */
export function isOverdue(state: AdviceTrajectoryState, today: LocalDate): boolean {
  return state.status === 'advice-issued' && state.responseDueOn !== undefined && state.responseDueOn < today;
}
