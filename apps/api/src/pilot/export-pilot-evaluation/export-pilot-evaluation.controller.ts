import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { pilotEvaluationCsv, type ReadModels } from '#projections';
import type { Storage } from '#runtime';
import { PositionQueryDto } from '../../http/query.dto';
import { ApiUuidParam, UuidParam } from '../../http/uuid-param';
import { QueryOperation } from '../../read-models/query-operation.decorator';
import { READ_MODELS } from '../../read-models/read-model.tokens';
import { CallerParam, type Caller } from '../../read-models/viewer';
import { STORAGE } from '../../storage.tokens';
import { evaluateForCaller } from '../evaluate-for-caller';

@ApiTags('pilots')
@Controller('pilots')
export class ExportPilotEvaluationController {
  constructor(
    @Inject(READ_MODELS) readonly readModels: ReadModels,
    @Inject(STORAGE) readonly storage: Storage,
  ) {}

  @Get(':pilotId/evaluation-export')
  @ApiUuidParam('pilotId', 'The pilot.')
  @QueryOperation({
    operationId: 'ExportPilotEvaluation',
    summary:
      "The pilot's evaluation as CSV: one row per yardstick per scope (total, body, municipality), " +
      "then one per evaluator's finding",
    csvExample:
      'scope,scopeId,metric,value,target,met,direction,topic,finding,recordedOn\r\n' +
      'total,c0a80101-0000-4000-8000-000000000001,signals-count,12,10,true,higher-is-better,,,\r\n' +
      'finding,c0a80101-0000-4000-8000-0000000000f1,,,,,,structure,Tafels werken goed,2027-01-10\r\n',
  })
  async exportPilotEvaluation(
    @UuidParam('pilotId') pilotId: string,
    @Query() { minPosition }: PositionQueryDto,
    @CallerParam() caller: Caller,
  ): Promise<string> {
    return pilotEvaluationCsv(await evaluateForCaller(this, pilotId, caller, minPosition));
  }
}
