import type { LocalDate, Side } from '../kit';
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
  readonly adviceKind: AdviceNature;
}

/** One college's written response; its decisions are the corrected ones once it was corrected. */
export interface CollegeResponse {
  readonly adviceVersion: number;
  readonly respondedOn: LocalDate;
  readonly decisions: readonly RecommendationAnswer[];
  readonly documentRef?: string;
  /** The municipality whose college answered. */
  readonly municipalityCode?: string;
  /** Why the response was corrected, when it was. */
  readonly correctionReason?: string;
}

export interface CouncilProposal {
  /** The municipality whose council the proposal is for. */
  readonly municipalityCode?: string;
  readonly proposalRef: string;
  readonly attachedOn: LocalDate;
  readonly proposalUrl?: string;
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
  /** The college's deadline: set at the start, or issuedOn plus the regulation's term. */
  readonly responseDueOn?: LocalDate;
  readonly question?: string;
  readonly adviceDueOn?: LocalDate;
  readonly responsibleOfficial?: string;
  readonly portfolioHolder?: string;
  /** Every municipality whose college answers; the trajectory's own when the start named none. */
  readonly addressedTo: readonly string[];
  /** Each addressed college's response, in the order recorded; the trajectory is answered when all have. */
  readonly responses: readonly CollegeResponse[];
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

/**
 * What the terms that expire without an event (an overdue response or advice, colleges yet to
 * answer, overdue follow-up checkpoints) are judged from: every state is one, and so is the
 * narrower reading of a register row, which needs nothing else of the trajectory (#19).
 */
export type TrajectoryTerms =
  | { readonly status: 'none' }
  | (Pick<TrajectoryRecord, 'responseDueOn' | 'adviceDueOn' | 'addressedTo' | 'followUp'> & {
      readonly status: Exclude<AdviceTrajectoryStatus, 'none'>;
      readonly responses: readonly Pick<CollegeResponse, 'municipalityCode'>[];
      readonly progress: readonly Pick<ProgressReport, 'reportedOn'>[];
    });

/** A trajectory that exists and has not ended: it still accepts commands. */
export type OngoingTrajectory = Extract<AdviceTrajectoryState, { status: 'started' | 'advice-issued' | 'responded' }>;

/** A trajectory whose advice the college has answered, still open for what follows the response. */
export type RespondedTrajectory = Extract<AdviceTrajectoryState, { status: 'responded' }>;

export function initialAdviceTrajectoryState(): AdviceTrajectoryState {
  return { status: 'none' };
}

export function isOngoing(state: AdviceTrajectoryState): state is OngoingTrajectory {
  return isOngoingStatus(state.status);
}

/** Whether a trajectory in this status exists and has not ended. */
export function isOngoingStatus(status: AdviceTrajectoryStatus): status is OngoingTrajectory['status'] {
  return status === 'started' || status === 'advice-issued' || status === 'responded';
}

export function openDispute(state: Pick<TrajectoryRecord, 'disputes'>): Dispute | undefined {
  return state.disputes.find((dispute) => dispute.resolution === undefined);
}

/**
 * Whether the college's written response is overdue on `today`: the advice is issued, not every
 * addressed college has responded, and the due date lies before today. For the advice register.
 */
export function isOverdue(state: TrajectoryTerms, today: LocalDate): boolean {
  return state.status === 'advice-issued' && state.responseDueOn !== undefined && state.responseDueOn < today;
}

/** Whether the body's advice is overdue on `today`: no advice issued yet and `adviceDueOn` before today. */
export function isAdviceOverdue(state: TrajectoryTerms, today: LocalDate): boolean {
  return state.status === 'started' && state.adviceDueOn !== undefined && state.adviceDueOn < today;
}

/** Which side an overdue belongs to: the college's response, the body's advice, or none. */
export function overdueSide(state: TrajectoryTerms, today: LocalDate): 'college' | 'body' | undefined {
  if (isOverdue(state, today)) return 'college';
  if (isAdviceOverdue(state, today)) return 'body';
  return undefined;
}

/** The addressed colleges that have not responded yet. */
export function collegesYetToRespond(state: TrajectoryTerms): string[] {
  if (state.status === 'none') return [];
  return state.addressedTo.filter((code) => !state.responses.some((r) => r.municipalityCode === code));
}
