import type { AdviceTrajectoryEvent, AdviceTrajectoryStarted, RecommendationAnswer } from '#domain';
import type { RecordedEvent } from '#event-store';
import type { Projection } from '../projection';
import type {
  AdviceEntry,
  AdviceRegisterDoc,
  AdviceRegisterStatus,
  CouncilDecisionEntry,
  ProposalEntry,
  RecommendationEntry,
} from './advice-register.doc';

const EVENT_TYPES: readonly AdviceTrajectoryEvent['type'][] = [
  'AdviceTrajectoryStarted',
  'ParticipationApproachAgreed',
  'SignalLinked',
  'TemporaryTableLinked',
  'AdviceIssued',
  'CollegeResponseRecorded',
  'AdviceAttachedToCouncilProposal',
  'CouncilDecisionRecorded',
  'ImplementationFollowUpAgreed',
  'ImplementationProgressReported',
  'DisputeRaised',
  'DisputeResolved',
  'AdviceTrajectoryClosed',
  'AdviceTrajectoryWithdrawn',
];

type Changes = Omit<AdviceRegisterDoc, 'status'>;

/**
 * The advice register: one row per advice trajectory, with its advice, the college's answer per
 * recommendation, the council proposals and decisions, implementation and disputes. Every event
 * sets what it says rather than adding to a list blindly, so applying it twice changes nothing.
 * Like the domain, a closed or withdrawn trajectory takes nothing more.
 */
export const adviceRegister: Projection<AdviceRegisterDoc> = {
  name: 'advice-register',
  eventTypes: EVENT_TYPES,
  keysOf: (event) => [(event.data as { trajectoryId: string }).trajectoryId],
  evolve: (doc, recorded) => {
    const event = { type: recorded.type, data: recorded.data } as AdviceTrajectoryEvent;
    if (event.type === 'AdviceTrajectoryStarted') return doc ?? started(event.data, recorded);
    if (!doc || doc.closed || doc.withdrawn) return doc;
    return withStatus(changed(doc, event, recorded));
  },
};

function started(data: AdviceTrajectoryStarted['data'], recorded: RecordedEvent): AdviceRegisterDoc {
  return {
    trajectoryId: data.trajectoryId,
    municipalityCode: data.municipalityCode,
    bodyId: data.bodyId,
    kind: data.kind,
    subject: data.subject,
    domain: data.domain,
    policyPhase: data.policyPhase,
    ...(data.responseDueOn === undefined ? {} : { responseDueOn: data.responseDueOn }),
    status: 'started',
    signalIds: [],
    tableIds: [],
    proposals: [],
    followUp: [],
    disputes: [],
    startedAt: recorded.recordedAt.toISOString(),
  };
}

function changed(doc: AdviceRegisterDoc, event: AdviceTrajectoryEvent, recorded: RecordedEvent): Changes {
  const at = recorded.recordedAt.toISOString();
  switch (event.type) {
    case 'AdviceTrajectoryStarted':
      return doc;
    case 'ParticipationApproachAgreed': {
      const { forms, phases, roles } = event.data;
      return { ...doc, approach: { forms: [...forms], phases: [...phases], roles } };
    }
    case 'SignalLinked':
      return { ...doc, signalIds: withItem(doc.signalIds, event.data.signalId) };
    case 'TemporaryTableLinked':
      return { ...doc, tableIds: withItem(doc.tableIds, event.data.tableId) };
    case 'AdviceIssued': {
      if (doc.respondedOn !== undefined) return doc;
      const { version, issuedOn, summary, clientPerspective, recommendations } = event.data;
      const advice: AdviceEntry = {
        version,
        issuedOn,
        summary,
        clientPerspective,
        recommendations: recommendations.map(({ number, text }) => ({ number, text })),
      };
      return { ...doc, advice };
    }
    case 'CollegeResponseRecorded': {
      if (!doc.advice) return doc;
      const { respondedOn, decisions, documentRef } = event.data;
      return {
        ...doc,
        advice: { ...doc.advice, recommendations: doc.advice.recommendations.map((r) => answered(r, decisions)) },
        respondedOn,
        ...(documentRef === undefined ? {} : { documentRef }),
      };
    }
    case 'AdviceAttachedToCouncilProposal': {
      const { proposalRef, attachedOn } = event.data;
      if (doc.proposals.some((p) => p.proposalRef === proposalRef)) return doc;
      return { ...doc, proposals: [...doc.proposals, { proposalRef, attachedOn, decisions: [] }] };
    }
    case 'CouncilDecisionRecorded': {
      const { proposalRef, decidedOn, decision, note } = event.data;
      const entry: CouncilDecisionEntry = { decidedOn, decision, ...(note === undefined ? {} : { note }) };
      return { ...doc, proposals: doc.proposals.map((p) => (p.proposalRef === proposalRef ? decided(p, entry) : p)) };
    }
    case 'ImplementationFollowUpAgreed':
      return { ...doc, followUp: event.data.checkpoints.map(({ dueOn, description }) => ({ dueOn, description })) };
    case 'ImplementationProgressReported': {
      if (!doc.advice) return doc;
      const { recommendationNumber, status, reportedOn, note } = event.data;
      const implementation = { status, reportedOn, ...(note === undefined ? {} : { note }) };
      const recommendations = doc.advice.recommendations.map((r) =>
        r.number === recommendationNumber ? { ...r, implementation } : r,
      );
      return { ...doc, advice: { ...doc.advice, recommendations } };
    }
    case 'DisputeRaised': {
      const { disputeNumber, reason } = event.data;
      if (doc.disputes.some((d) => d.disputeNumber === disputeNumber)) return doc;
      return { ...doc, disputes: [...doc.disputes, { disputeNumber, reason, raisedAt: at }] };
    }
    case 'DisputeResolved': {
      const { disputeNumber, resolution } = event.data;
      const disputes = doc.disputes.map((d) =>
        d.disputeNumber === disputeNumber && d.resolution === undefined ? { ...d, resolution, resolvedAt: at } : d,
      );
      return { ...doc, disputes };
    }
    case 'AdviceTrajectoryClosed': {
      const { note } = event.data;
      return { ...doc, closed: { ...(note === undefined ? {} : { note }), closedAt: at } };
    }
    case 'AdviceTrajectoryWithdrawn':
      return { ...doc, withdrawn: { reason: event.data.reason, withdrawnAt: at } };
    default:
      return doc;
  }
}

function withItem(list: readonly string[], item: string): readonly string[] {
  return list.includes(item) ? list : [...list, item];
}

function answered(
  recommendation: RecommendationEntry,
  decisions: readonly RecommendationAnswer[],
): RecommendationEntry {
  const answer = decisions.find((d) => d.recommendationNumber === recommendation.number);
  if (!answer) return recommendation;
  return {
    ...recommendation,
    collegeDecision: answer.decision,
    ...(answer.reasoning === undefined ? {} : { reasoning: answer.reasoning }),
  };
}

/** A decision the proposal already holds (the same event again) is not added twice. */
function decided(proposal: ProposalEntry, entry: CouncilDecisionEntry): ProposalEntry {
  const known = proposal.decisions.some(
    (d) => d.decidedOn === entry.decidedOn && d.decision === entry.decision && d.note === entry.note,
  );
  return known ? proposal : { ...proposal, decisions: [...proposal.decisions, entry] };
}

/** The status follows from what the row holds, never from the order events arrived in. */
function withStatus(doc: Changes): AdviceRegisterDoc {
  return { ...doc, status: statusOf(doc) };
}

function statusOf(doc: Changes): AdviceRegisterStatus {
  if (doc.withdrawn) return 'withdrawn';
  if (doc.closed) return 'closed';
  const proposal = doc.proposals.at(-1);
  const last = proposal?.decisions.at(-1);
  if (last && last.decision !== 'postponed') return 'decided';
  if (proposal) return 'attached';
  if (doc.respondedOn !== undefined) return 'responded';
  if (doc.advice) return 'advised';
  return 'started';
}
