/** The JSON answers of the API that the pages read; a subset of the OpenAPI document's schemas. */

export interface Municipality {
  readonly code: string;
  readonly name: string;
}

export interface AdviceSummary {
  readonly id: string;
  readonly municipalityCode: string;
  readonly kind: string;
  readonly subject: string;
  readonly domain: string;
  readonly policyPhase: string;
  readonly responseDueOn?: string;
  readonly status: string;
  readonly overdue: boolean;
  readonly issuedOn?: string;
  readonly recommendationCount: number;
  readonly respondedOn?: string;
  readonly proposalRefs: readonly string[];
  readonly councilDecision?: string;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly offset: number;
  readonly limit: number;
}

export interface Implementation {
  readonly status: string;
  readonly reportedOn: string;
  readonly note?: string;
}

export interface RecommendationOutcome {
  readonly number: number;
  readonly text: string;
  readonly collegeDecision?: string;
  readonly reasoning?: string;
  readonly councilDecision?: string;
  readonly implementation?: Implementation;
}

export interface ChainSignal {
  readonly signalId: string;
  readonly channel: string;
  readonly receivedOn: string;
  readonly themes: readonly string[];
  readonly domain: string;
  readonly scope?: string;
}

export interface PerspectiveCount {
  readonly perspective: string;
  /** Null when the public answer suppresses a count below five. */
  readonly count: number | null;
  readonly suppressed?: boolean;
}

export interface ChainTable {
  readonly tableId: string;
  readonly theme: string;
  readonly question: string;
  readonly form: string;
  readonly status: string;
  readonly expectedGroups: readonly string[];
  readonly missingGroups: readonly string[];
  readonly contributionsByPerspective: readonly PerspectiveCount[];
}

export interface InfluenceChain {
  readonly trajectoryId: string;
  readonly municipalityCode: string;
  readonly subject: string;
  readonly kind: string;
  readonly status: string;
  /** Every municipality whose college must answer: the own one only, unless the advice is regional. */
  readonly addressedTo: readonly string[];
  readonly signals: readonly ChainSignal[];
  readonly tables: readonly ChainTable[];
  readonly advice?: {
    readonly version: number;
    readonly issuedOn: string;
    readonly summary: string;
    readonly clientPerspective: string;
    readonly recommendations: readonly RecommendationOutcome[];
  };
  readonly collegeResponse?: { readonly respondedOn: string; readonly documentRef?: string };
  /** Per addressed municipality: whether its college has answered yet. */
  readonly municipalities?: readonly { readonly municipalityCode: string; readonly respondedOn?: string }[];
  readonly councilProposals: readonly {
    readonly proposalRef: string;
    readonly attachedOn: string;
    readonly decidedOn?: string;
    readonly decision?: string;
  }[];
}

export interface HistoryEvent {
  readonly type: string;
  readonly occurredAt: string;
  readonly position: number;
}

export interface TrajectoryHistory {
  readonly trajectoryId: string;
  readonly state: {
    readonly municipalityCode: string;
    readonly domain: string;
    readonly policyPhase: string;
    readonly responseDueOn?: string;
  };
  readonly events: readonly HistoryEvent[];
}

export interface ProposalAdvice {
  readonly trajectoryId: string;
  readonly municipalityCode: string;
  readonly subject: string;
  readonly status: string;
  readonly attachedOn: string;
  readonly issuedOn?: string;
  readonly summary?: string;
  readonly respondedOn?: string;
  readonly recommendations: readonly RecommendationOutcome[];
}

export interface CouncilProposalReport {
  readonly proposalRef: string;
  readonly advice: readonly ProposalAdvice[];
}

export interface SignalSummary {
  readonly id: string;
  readonly municipalityCode: string;
  readonly channel: string;
  readonly receivedOn: string;
  readonly themes: readonly string[];
  readonly domain: string;
  readonly status: string;
  readonly scope?: string;
  /** Shown only to roles that may see personal data; otherwise restricted or erased. */
  readonly summary: PersonalText;
}

export interface PersonalText {
  readonly text?: string;
  readonly restricted?: boolean;
  readonly erased?: boolean;
}

export interface TableSummary {
  readonly id: string;
  readonly municipalityCode: string;
  readonly theme: string;
  readonly question: string;
  readonly form: string;
  readonly status: string;
}

export interface Yardstick {
  readonly metric: string;
  readonly direction: 'higher-is-better' | 'lower-is-better';
  readonly value: number | null;
  readonly target?: number;
  readonly met?: boolean;
  readonly note?: string;
}

export interface PilotEvaluation {
  readonly pilotId: string;
  readonly name: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly total: readonly Yardstick[];
  readonly perBody: readonly { readonly bodyId: string; readonly yardsticks: readonly Yardstick[] }[];
  readonly perMunicipality: readonly { readonly municipalityCode: string; readonly yardsticks: readonly Yardstick[] }[];
  readonly findings: readonly EvaluationFinding[];
}

export interface EvaluationFinding {
  readonly findingId: string;
  readonly topic: string;
  readonly finding: string;
  readonly recordedOn: string;
}

export interface AuditTrailVerification {
  readonly intact: boolean;
  readonly checked: number;
  readonly firstBroken?: {
    readonly streamId: string;
    readonly revision: number;
    readonly position: number | null;
    readonly reason: string;
  };
}

export interface CommandAnswer {
  readonly id: string;
  readonly revision: number;
  readonly position: number;
}

export interface AgendaSummary {
  readonly id: string;
  readonly bodyId: string;
  readonly year: number;
  readonly itemCount: number;
  readonly agreed: boolean;
}

export interface PilotSummary {
  readonly id: string;
  readonly name: string;
  readonly startsOn: string;
  readonly endsOn: string;
}
