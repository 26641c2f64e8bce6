/** The JSON answers of the record queries that the workspace's record pages read (a subset of the OpenAPI schemas). */
import type { AdviceSummary, Page } from './api-types';

export interface ParticipationBody {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly municipalityCodes: readonly string[];
  readonly domains: readonly string[];
  readonly establishedAt: string;
}

export interface ShownCount {
  readonly count: number | null;
  readonly suppressed?: boolean;
}

export interface Member {
  readonly memberId: string;
  readonly displayName: { readonly name?: string; readonly erased?: boolean; readonly restricted?: boolean };
  readonly role: string;
  readonly expertise: readonly string[];
  readonly workingGroups: readonly string[];
  readonly appointedAt: string;
  readonly endedAt?: string;
}

export interface BodyComposition {
  readonly bodyId: string;
  readonly members: ShownCount;
  readonly byRole: readonly (ShownCount & { readonly value: string })[];
  readonly byExpertise: readonly (ShownCount & { readonly value: string })[];
  readonly profilesDeclared: ShownCount;
  readonly profile: readonly {
    readonly attribute: string;
    readonly values: readonly (ShownCount & { readonly value: string })[];
    readonly notDeclared: ShownCount;
    readonly otherValues?: ShownCount;
  }[];
}

export interface CountAgainstNorm {
  readonly count: number;
  readonly norm: number;
  readonly met: boolean | null;
}

export interface ConsultationYear {
  readonly year: number;
  readonly inProgress: boolean;
  readonly alderman: CountAgainstNorm;
  readonly programmeManager: CountAgainstNorm & { readonly everyMonths: number };
  readonly consultations: readonly {
    readonly consultationId: string;
    readonly heldOn: string;
    readonly with: string;
    readonly topics: readonly string[];
    readonly agreements?: string;
  }[];
}

export interface ConsultationList extends Page<ConsultationYear> {
  readonly norm: {
    readonly aldermanConsultationsPerYear: number;
    readonly programmeManagerConsultationEveryMonths: number;
  };
}

export interface SelfEvaluation {
  readonly year: number;
  readonly summary: string;
  readonly recordedAt: string;
}

export interface AgendaAgreement {
  readonly side: string;
  readonly agreedAt: string;
}

export interface AgendaSummary {
  readonly id: string;
  readonly bodyId: string;
  readonly year: number;
  readonly itemCount: number;
  readonly agreed: boolean;
  readonly agreements: readonly AgendaAgreement[];
  readonly draftedAt: string;
}

export interface AgendaItem {
  readonly itemId: string;
  readonly theme: string;
  readonly source: string;
  readonly addedAt: string;
  readonly addedBy?: string;
  readonly clusters: readonly { readonly clusterId: string; readonly title: string }[];
  readonly signals: readonly {
    readonly signalId: string;
    readonly municipalityCode: string;
    readonly channel: string;
    readonly receivedOn: string;
    readonly themes: readonly string[];
    readonly status: string;
    readonly scope?: string;
  }[];
  readonly trajectories: readonly {
    readonly trajectoryId: string;
    readonly municipalityCode: string;
    readonly subject: string;
    readonly status: string;
  }[];
  readonly tables: readonly {
    readonly tableId: string;
    readonly municipalityCode: string;
    readonly theme: string;
    readonly status: string;
  }[];
}

export interface Agenda {
  readonly id: string;
  readonly bodyId: string;
  readonly year: number;
  readonly items: readonly AgendaItem[];
  readonly agreed: boolean;
  readonly agreements: readonly AgendaAgreement[];
  readonly draftedAt: string;
}

export interface PilotSummary {
  readonly id: string;
  readonly name: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly bodies: readonly {
    readonly bodyId: string;
    readonly name: string;
    readonly municipalityCodes: readonly string[];
  }[];
  readonly municipalityCodes: readonly string[];
  readonly criteriaCount: number;
  readonly findingsCount: number;
}

export interface CouncilProposalSummary {
  readonly municipalityCode: string;
  readonly proposalRef: string;
  readonly proposalUrl?: string;
  readonly firstAttachedOn: string;
  readonly adviceCount: number;
  readonly decisionStatus: string;
  readonly latestDecision?: { readonly decidedOn: string; readonly decision: string };
}

export interface Dispute {
  readonly kind: 'trajectory' | 'body';
  readonly bodyId: string;
  readonly trajectoryId?: string;
  readonly subject?: string;
  readonly disputeNumber?: number;
  readonly disputeId?: string;
  readonly about: string;
  readonly raisedBy?: string;
  readonly reason: string;
  readonly raisedAt: string;
  readonly status: string;
  readonly resolution?: string;
  readonly resolvedAt?: string;
}

/** A register line with the second round's fields the record pages show. */
export type RegisterAdvice = AdviceSummary & {
  readonly overdueSide?: 'college' | 'body';
  readonly followUpOverdue?: boolean;
  readonly adviceDueOn?: string;
};

export interface Deadline {
  readonly kind: string;
  readonly dueOn: string;
  readonly description?: string;
  readonly overdue: boolean;
}

export interface DeadlineList extends Page<{
  readonly trajectory: RegisterAdvice;
  readonly deadlines: readonly Deadline[];
}> {
  readonly holder: 'official' | 'body';
  readonly horizon: string;
}

/** GetTrajectoryHistory's answer as the record pages read it: the state folded (as of an instant, when asked). */
export interface TrajectoryRecord {
  readonly trajectoryId: string;
  readonly asOf?: string;
  readonly state: {
    readonly status: string;
    readonly municipalityCode: string;
    readonly kind: string;
    readonly subject: string;
    readonly domain: string;
    readonly policyPhase: string;
    readonly question?: string;
    readonly adviceDueOn?: string;
    readonly responseDueOn?: string;
    readonly portfolioHolder?: string;
    readonly addressedTo: readonly string[];
    readonly advice?: {
      readonly version: number;
      readonly issuedOn: string;
      readonly summary: string;
      readonly clientPerspective: string;
      readonly adviceKind?: string;
      readonly recommendations: readonly { readonly number: number; readonly text: string }[];
    };
    readonly responses: readonly {
      readonly municipalityCode?: string;
      readonly respondedOn: string;
      readonly documentRef?: string;
      readonly decisions: readonly {
        readonly recommendationNumber: number;
        readonly decision: string;
        readonly reasoning?: string;
      }[];
    }[];
    readonly proposals: readonly {
      readonly municipalityCode?: string;
      readonly proposalRef: string;
      readonly attachedOn: string;
      readonly decisions: readonly { readonly decidedOn: string; readonly decision: string; readonly note?: string }[];
    }[];
    readonly followUp: readonly { readonly dueOn: string; readonly description: string }[];
    readonly progress: readonly {
      readonly recommendationNumber: number;
      readonly status: string;
      readonly reportedOn: string;
      readonly note?: string;
    }[];
    readonly end?: { readonly outcome: string; readonly note?: string; readonly reason?: string };
  };
  readonly events: readonly {
    readonly type: string;
    readonly occurredAt: string;
    readonly position: number;
    readonly actor: { readonly role: string };
  }[];
}
