import type { Type } from '@nestjs/common';
import { GetCouncilProposalReportController } from './get-council-proposal-report/get-council-proposal-report.controller';
import { GetInfluenceChainController } from './get-influence-chain/get-influence-chain.controller';
import { GetTrajectoryHistoryController } from './get-trajectory-history/get-trajectory-history.controller';
import { ListAdviceController } from './list-advice/list-advice.controller';

/** This stream's query controllers. */
export const ADVICE_TRAJECTORY_QUERY_CONTROLLERS: Type[] = [
  ListAdviceController,
  GetTrajectoryHistoryController,
  GetInfluenceChainController,
  GetCouncilProposalReportController,
];
