import {
  assertNever,
  sideOf,
  upcastAdviceTrajectoryEvent,
  type AdviceTrajectoryEvent,
  type AdviceTrajectoryStarted,
  type RecommendationAnswer,
} from '#domain';
import type { RecordedEvent } from '#event-store';
import type { Projection } from '../projection';
import {
  addressedToOf,
  councilOf,
  responsesOf,
  type AdviceEntry,
  type AdviceRegisterDoc,
  type AdviceRegisterStatus,
  type Changes,
  type CollegeResponseEntry,
  type CouncilDecisionEntry,
  type ProposalEntry,
  type RecommendationEntry,
} from './advice-register.doc';
import { evolveEvidence, evolveResponse } from './advice-register.responses';

const EVENT_TYPES: readonly AdviceTrajectoryEvent['type'][] = [
  'AdviceTrajectoryStarted',
  'ParticipationApproachAgreed',
  'ParticipationApproachProposed',
  'ParticipationApproachConfirmed',
  'SignalLinked',
  'TemporaryTableLinked',
  'AdviceIssued',
  'CollegeResponseRecorded',
  'CollegeResponseCorrected',
  'AdviceAttachedToCouncilProposal',
  'CouncilDecisionRecorded',
  'ImplementationFollowUpAgreed',
  'ImplementationProgressReported',
  'DisputeRaised',
  'DisputeResolved',
  'AdviceTrajectoryClosed',
  'AdviceTrajectoryWithdrawn',
];

/**
 * The advice register: one row per advice trajectory, with its advice, each addressed college's
 * answer per recommendation, the council proposals and decisions per municipality,
 * implementation and disputes. Every event sets what it says rather than adding to a list
 * blindly, so applying it twice changes nothing. Like the domain, a closed or withdrawn
 * trajectory takes nothing more. The runner hands over events as stored, in whatever version
 * wrote them, so each is read through the domain's upcaster first.
 */
export const adviceRegister: Projection<AdviceRegisterDoc> = {
  name: 'advice-register',
  version: 2,
  eventTypes: EVENT_TYPES,
  keysOf: (event) => [(event.data as { trajectoryId: string }).trajectoryId],
  evolve: (doc, recorded) => {
    const event = upcastAdviceTrajectoryEvent({ type: recorded.type, data: recorded.data } as AdviceTrajectoryEvent);
    if (event.type === 'AdviceTrajectoryStarted') return doc ?? started(event.data, recorded);
    if (!doc || doc.closed || doc.withdrawn) return doc;
    return withStatus(changed(doc, event, recorded));
  },
};

function started(data: AdviceTrajectoryStarted['data'], recorded: RecordedEvent): AdviceRegisterDoc {
  const { question, adviceDueOn, responsibleOfficial, portfolioHolder, responseDueOn } = data;
  return {
    trajectoryId: data.trajectoryId,
    municipalityCode: data.municipalityCode,
    bodyId: data.bodyId,
    kind: data.kind,
    subject: data.subject,
    domain: data.domain,
    policyPhase: data.policyPhase,
    ...(responseDueOn === undefined ? {} : { responseDueOn }),
    ...(question === undefined ? {} : { question }),
    ...(adviceDueOn === undefined ? {} : { adviceDueOn }),
    ...(responsibleOfficial === undefined ? {} : { responsibleOfficial }),
    ...(portfolioHolder === undefined ? {} : { portfolioHolder }),
    addressedTo: [...(data.addressedTo ?? [data.municipalityCode])],
    status: 'started',
    signalIds: [],
    tableIds: [],
    responses: [],
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
    case 'ParticipationApproachAgreed':
    case 'ParticipationApproachProposed':
    case 'ParticipationApproachConfirmed':
    case 'SignalLinked':
    case 'TemporaryTableLinked':
      return evolveEvidence(doc, event);
    case 'AdviceIssued': {
      if (responsesOf(doc).length > 0) return doc;
      const { version, issuedOn, summary, clientPerspective, recommendations, adviceKind, responseDueOn } = event.data;
      const advice: AdviceEntry = {
        version,
        issuedOn,
        summary,
        clientPerspective,
        recommendations: recommendations.map(({ number, text }) => ({ number, text })),
        adviceKind: adviceKind ?? 'content',
      };
      return { ...doc, advice, ...(responseDueOn === undefined ? {} : { responseDueOn }) };
    }
    case 'CollegeResponseRecorded':
    case 'CollegeResponseCorrected':
      return withOwnAnswers(evolveResponse(doc, event, at));
    case 'AdviceAttachedToCouncilProposal': {
      const { proposalRef, attachedOn, proposalUrl } = event.data;
      const municipalityCode = event.data.municipalityCode ?? doc.municipalityCode;
      if (doc.proposals.some((p) => p.proposalRef === proposalRef && councilOf(doc, p) === municipalityCode)) {
        return doc;
      }
      const proposal: ProposalEntry = {
        municipalityCode,
        proposalRef,
        ...(proposalUrl === undefined ? {} : { proposalUrl }),
        attachedOn,
        decisions: [],
      };
      return { ...doc, proposals: [...doc.proposals, proposal] };
    }
    case 'CouncilDecisionRecorded': {
      const { proposalRef, decidedOn, decision, note } = event.data;
      const municipalityCode = event.data.municipalityCode ?? doc.municipalityCode;
      const entry: CouncilDecisionEntry = { decidedOn, decision, ...(note === undefined ? {} : { note }) };
      const proposals = doc.proposals.map((p) =>
        p.proposalRef === proposalRef && councilOf(doc, p) === municipalityCode ? decided(p, entry) : p,
      );
      return { ...doc, proposals };
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
      const raisedBy = sideOf(recorded.metadata.actor.role);
      const dispute = { disputeNumber, reason, ...(raisedBy === undefined ? {} : { raisedBy }), raisedAt: at };
      return { ...doc, disputes: [...doc.disputes, dispute] };
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
    // Not in EVENT_TYPES: the document register keeps documents (#21).
    case 'DocumentAttached':
      return doc;
    default:
      return assertNever(event);
  }
}

/**
 * The recommendations carry the current answers of the trajectory's own college, as the first
 * version's register did; `respondedOn` is set once every addressed college has answered.
 */
function withOwnAnswers(doc: Changes): Changes {
  const responses = responsesOf(doc);
  const own = responses.find((r) => r.municipalityCode === doc.municipalityCode);
  const answeredByAll = addressedToOf(doc).every((code) => responses.some((r) => r.municipalityCode === code));
  const last = responses.at(-1);
  const { respondedOn: _earlier, documentRef: _earlierRef, ...rest } = doc;
  return {
    ...rest,
    ...(doc.advice && own
      ? { advice: { ...doc.advice, recommendations: doc.advice.recommendations.map((r) => answered(r, own)) } }
      : {}),
    ...(answeredByAll && last ? { respondedOn: last.respondedOn } : {}),
    ...(own?.documentRef === undefined ? {} : { documentRef: own.documentRef }),
  };
}

function answered(recommendation: RecommendationEntry, response: CollegeResponseEntry): RecommendationEntry {
  const answer: RecommendationAnswer | undefined = response.decisions.find(
    (d) => d.recommendationNumber === recommendation.number,
  );
  const { collegeDecision: _decision, reasoning: _reasoning, ...rest } = recommendation;
  if (!answer) return rest;
  return {
    ...rest,
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
