import type { Type } from '@nestjs/common';
import { AgreeImplementationFollowUpController } from './agree-implementation-follow-up/agree-implementation-follow-up.controller';
import { AgreeParticipationApproachController } from './agree-participation-approach/agree-participation-approach.controller';
import { AttachToCouncilProposalController } from './attach-to-council-proposal/attach-to-council-proposal.controller';
import { CloseTrajectoryController } from './close-trajectory/close-trajectory.controller';
import { ConfirmParticipationApproachController } from './confirm-participation-approach/confirm-participation-approach.controller';
import { CorrectCollegeResponseController } from './correct-college-response/correct-college-response.controller';
import { IssueAdviceController } from './issue-advice/issue-advice.controller';
import { LinkSignalController } from './link-signal/link-signal.controller';
import { LinkTemporaryTableController } from './link-temporary-table/link-temporary-table.controller';
import { RaiseDisputeController } from './raise-dispute/raise-dispute.controller';
import { RecordCollegeResponseController } from './record-college-response/record-college-response.controller';
import { RecordCouncilDecisionController } from './record-council-decision/record-council-decision.controller';
import { ReportImplementationProgressController } from './report-implementation-progress/report-implementation-progress.controller';
import { ResolveDisputeController } from './resolve-dispute/resolve-dispute.controller';
import { StartAdviceTrajectoryController } from './start-advice-trajectory/start-advice-trajectory.controller';
import { WithdrawTrajectoryController } from './withdraw-trajectory/withdraw-trajectory.controller';

/** The advice trajectory's operations, in the order a trajectory runs. */
export const ADVICE_TRAJECTORY_CONTROLLERS: Type[] = [
  StartAdviceTrajectoryController,
  AgreeParticipationApproachController,
  ConfirmParticipationApproachController,
  LinkSignalController,
  LinkTemporaryTableController,
  IssueAdviceController,
  RecordCollegeResponseController,
  CorrectCollegeResponseController,
  AttachToCouncilProposalController,
  RecordCouncilDecisionController,
  AgreeImplementationFollowUpController,
  ReportImplementationProgressController,
  RaiseDisputeController,
  ResolveDisputeController,
  CloseTrajectoryController,
  WithdrawTrajectoryController,
];
