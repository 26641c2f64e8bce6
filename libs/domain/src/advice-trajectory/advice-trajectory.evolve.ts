import { assertNever } from '../kit';
import type { AdviceTrajectoryEvent } from './advice-trajectory.events';
import {
  isOngoing,
  type AdviceTrajectoryState,
  type CollegeResponse,
  type OngoingTrajectory,
} from './advice-trajectory.state';

/**
 * Folds one event into the state; an event that does not fit the state leaves it unchanged.
 * First-version events read with the second version's defaults: addressed to the trajectory's
 * own municipality, content advice, the college and council of that municipality.
 */
export function evolveAdviceTrajectory(
  state: AdviceTrajectoryState,
  event: AdviceTrajectoryEvent,
): AdviceTrajectoryState {
  if (event.type === 'AdviceTrajectoryStarted') {
    if (state.status !== 'none') return state;
    const { addressedTo, ...started } = event.data;
    return {
      status: 'started',
      ...started,
      addressedTo: addressedTo ?? [started.municipalityCode],
      approach: null,
      proposedApproach: null,
      signalIds: [],
      tableIds: [],
      proposals: [],
      followUp: [],
      progress: [],
      disputes: [],
      advice: null,
      response: null,
      responses: [],
    };
  }
  return isOngoing(state) ? evolveOngoing(state, event) : state;
}

function evolveOngoing(state: OngoingTrajectory, event: AdviceTrajectoryEvent): AdviceTrajectoryState {
  switch (event.type) {
    case 'AdviceTrajectoryStarted':
      return state;
    case 'ParticipationApproachAgreed': {
      const { forms, phases, roles } = event.data;
      return { ...state, approach: { forms, phases, roles } };
    }
    case 'ParticipationApproachProposed': {
      const { forms, phases, roles, proposedBy } = event.data;
      return { ...state, proposedApproach: { forms, phases, roles, proposedBy } };
    }
    case 'ParticipationApproachConfirmed': {
      const { trajectoryId: _trajectoryId, ...approach } = event.data;
      return { ...state, approach, proposedApproach: null };
    }
    case 'SignalLinked':
      return { ...state, signalIds: [...state.signalIds, event.data.signalId] };
    case 'TemporaryTableLinked':
      return { ...state, tableIds: [...state.tableIds, event.data.tableId] };
    case 'AdviceIssued': {
      if (state.status === 'responded' || state.responses.length > 0) return state;
      const { version, issuedOn, summary, clientPerspective, recommendations, adviceKind, responseDueOn } = event.data;
      return {
        ...state,
        status: 'advice-issued',
        ...(responseDueOn === undefined ? {} : { responseDueOn }),
        advice: { version, issuedOn, summary, clientPerspective, recommendations, adviceKind: adviceKind ?? 'content' },
      };
    }
    case 'CollegeResponseRecorded': {
      if (state.status !== 'advice-issued') return state;
      const { trajectoryId: _trajectoryId, municipalityCode, ...recorded } = event.data;
      const response: CollegeResponse = { ...recorded, municipalityCode: municipalityCode ?? state.municipalityCode };
      const responses = [...state.responses, response];
      const answered = state.addressedTo.every((code) => responses.some((r) => r.municipalityCode === code));
      return answered ? { ...state, status: 'responded', responses, response } : { ...state, responses };
    }
    case 'CollegeResponseCorrected': {
      const { decisions, reason } = event.data;
      const code = event.data.municipalityCode ?? state.municipalityCode;
      const corrected = (r: CollegeResponse): CollegeResponse =>
        r.municipalityCode === code ? { ...r, decisions, correctionReason: reason } : r;
      const responses = state.responses.map(corrected);
      if (state.status !== 'responded') return { ...state, responses };
      return { ...state, responses, response: corrected(state.response) };
    }
    case 'AdviceAttachedToCouncilProposal': {
      const { proposalRef, attachedOn, proposalUrl } = event.data;
      const municipalityCode = event.data.municipalityCode ?? state.municipalityCode;
      const proposal = {
        municipalityCode,
        proposalRef,
        attachedOn,
        ...(proposalUrl === undefined ? {} : { proposalUrl }),
        decisions: [],
      };
      return { ...state, proposals: [...state.proposals, proposal] };
    }
    case 'CouncilDecisionRecorded': {
      const { trajectoryId: _trajectoryId, proposalRef, municipalityCode, ...decision } = event.data;
      const code = municipalityCode ?? state.municipalityCode;
      return {
        ...state,
        proposals: state.proposals.map((proposal) =>
          proposal.proposalRef === proposalRef && proposal.municipalityCode === code
            ? { ...proposal, decisions: [...proposal.decisions, decision] }
            : proposal,
        ),
      };
    }
    case 'ImplementationFollowUpAgreed':
      return { ...state, followUp: event.data.checkpoints };
    case 'ImplementationProgressReported': {
      const { trajectoryId: _trajectoryId, ...report } = event.data;
      const others = state.progress.filter((r) => r.recommendationNumber !== report.recommendationNumber);
      const progress = [...others, report].sort((a, b) => a.recommendationNumber - b.recommendationNumber);
      return { ...state, progress };
    }
    case 'DisputeRaised': {
      const { disputeNumber, reason } = event.data;
      return { ...state, disputes: [...state.disputes, { disputeNumber, reason }] };
    }
    case 'DisputeResolved': {
      const { disputeNumber, resolution } = event.data;
      return {
        ...state,
        disputes: state.disputes.map((d) => (d.disputeNumber === disputeNumber ? { ...d, resolution } : d)),
      };
    }
    case 'AdviceTrajectoryClosed': {
      if (state.status !== 'responded') return state;
      const { note } = event.data;
      return {
        ...state,
        status: 'closed',
        end: note === undefined ? { outcome: 'closed' } : { outcome: 'closed', note },
      };
    }
    case 'AdviceTrajectoryWithdrawn':
      return { ...state, status: 'withdrawn', end: { outcome: 'withdrawn', reason: event.data.reason } };
    // A document changes no rule's state: it goes with an event already on record.
    case 'DocumentAttached':
      return state;
    default:
      return assertNever(event);
  }
}
