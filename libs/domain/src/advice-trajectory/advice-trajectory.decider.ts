import { assertNever, type Decider } from '../kit';
import type { AdviceTrajectoryCommand } from './advice-trajectory.commands';
import type { AdviceTrajectoryEvent } from './advice-trajectory.events';
import { evolveAdviceTrajectory } from './advice-trajectory.evolve';
import { initialAdviceTrajectoryState, type AdviceTrajectoryState } from './advice-trajectory.state';
import { decideAgreeImplementationFollowUp } from './agree-implementation-follow-up.decide';
import { decideAgreeParticipationApproach } from './agree-participation-approach.decide';
import { decideAttachDocument } from './attach-document.decide';
import { decideAttachToCouncilProposal } from './attach-to-council-proposal.decide';
import { decideCloseTrajectory } from './close-trajectory.decide';
import { decideConfirmParticipationApproach } from './confirm-participation-approach.decide';
import { decideCorrectCollegeResponse } from './correct-college-response.decide';
import { decideIssueAdvice } from './issue-advice.decide';
import { decideLinkSignal } from './link-signal.decide';
import { decideLinkTemporaryTable } from './link-temporary-table.decide';
import { decideRaiseDispute } from './raise-dispute.decide';
import { decideRecordCollegeResponse } from './record-college-response.decide';
import { decideRecordCouncilDecision } from './record-council-decision.decide';
import { decideReportImplementationProgress } from './report-implementation-progress.decide';
import { decideResolveDispute } from './resolve-dispute.decide';
import { decideStartAdviceTrajectory } from './start-advice-trajectory.decide';
import { decideWithdrawTrajectory } from './withdraw-trajectory.decide';

export const ADVICE_TRAJECTORY_STREAM_PREFIX = 'advice-trajectory-';

export function adviceTrajectoryStreamId(trajectoryId: string): string {
  return `${ADVICE_TRAJECTORY_STREAM_PREFIX}${trajectoryId}`;
}

function decideAdviceTrajectory(
  command: AdviceTrajectoryCommand,
  state: AdviceTrajectoryState,
): AdviceTrajectoryEvent[] {
  switch (command.type) {
    case 'StartAdviceTrajectory':
      return decideStartAdviceTrajectory(command, state);
    case 'AgreeParticipationApproach':
      return decideAgreeParticipationApproach(command, state);
    case 'ConfirmParticipationApproach':
      return decideConfirmParticipationApproach(command, state);
    case 'LinkSignal':
      return decideLinkSignal(command, state);
    case 'LinkTemporaryTable':
      return decideLinkTemporaryTable(command, state);
    case 'IssueAdvice':
      return decideIssueAdvice(command, state);
    case 'RecordCollegeResponse':
      return decideRecordCollegeResponse(command, state);
    case 'CorrectCollegeResponse':
      return decideCorrectCollegeResponse(command, state);
    case 'AttachToCouncilProposal':
      return decideAttachToCouncilProposal(command, state);
    case 'RecordCouncilDecision':
      return decideRecordCouncilDecision(command, state);
    case 'AgreeImplementationFollowUp':
      return decideAgreeImplementationFollowUp(command, state);
    case 'ReportImplementationProgress':
      return decideReportImplementationProgress(command, state);
    case 'RaiseDispute':
      return decideRaiseDispute(command, state);
    case 'ResolveDispute':
      return decideResolveDispute(command, state);
    case 'CloseTrajectory':
      return decideCloseTrajectory(command, state);
    case 'WithdrawTrajectory':
      return decideWithdrawTrajectory(command, state);
    case 'AttachDocument':
      return decideAttachDocument(command, state);
    default:
      return assertNever(command);
  }
}

export const adviceTrajectoryDecider: Decider<AdviceTrajectoryCommand, AdviceTrajectoryEvent, AdviceTrajectoryState> = {
  decide: decideAdviceTrajectory,
  evolve: evolveAdviceTrajectory,
  initialState: initialAdviceTrajectoryState,
};
