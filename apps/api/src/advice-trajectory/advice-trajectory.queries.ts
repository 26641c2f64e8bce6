import type { Type } from '@nestjs/common';
import { GetCouncilProposalReportController } from './get-council-proposal-report/get-council-proposal-report.controller';
import { GetInfluenceChainController } from './get-influence-chain/get-influence-chain.controller';
import { GetTrajectoryHistoryController } from './get-trajectory-history/get-trajectory-history.controller';
import { ListAdviceController } from './list-advice/list-advice.controller';
import { ListCouncilProposalsController } from './list-council-proposals/list-council-proposals.controller';
import { ListDeadlinesController } from './list-deadlines/list-deadlines.controller';
import { ListDisputesController } from './list-disputes/list-disputes.controller';

/** This stream's query controllers. */
export const ADVICE_TRAJECTORY_QUERY_CONTROLLERS: Type[] = [
  ListAdviceController,
  GetTrajectoryHistoryController,
  GetInfluenceChainController,
  GetCouncilProposalReportController,
  ListCouncilProposalsController,
  ListDisputesController,
  ListDeadlinesController,
];
