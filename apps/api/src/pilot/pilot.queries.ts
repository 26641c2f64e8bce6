import type { Type } from '@nestjs/common';
import { ExportPilotEvaluationController } from './export-pilot-evaluation/export-pilot-evaluation.controller';
import { GetPilotEvaluationController } from './get-pilot-evaluation/get-pilot-evaluation.controller';
import { ListPilotsController } from './list-pilots/list-pilots.controller';

/** This stream's query controllers. */
export const PILOT_QUERY_CONTROLLERS: Type[] = [
  ListPilotsController,
  GetPilotEvaluationController,
  ExportPilotEvaluationController,
];
