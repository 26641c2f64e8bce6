import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ReadModels } from '#projections';
import type { Storage } from '#runtime';
import { PositionQueryDto } from '../../http/query.dto';
import { ApiUuidParam, UuidParam } from '../../http/uuid-param';
import { QueryOperation } from '../../read-models/query-operation.decorator';
import { READ_MODELS } from '../../read-models/read-model.tokens';
import { CallerParam, type Caller } from '../../read-models/viewer';
import { STORAGE } from '../../storage.tokens';
import { evaluateForCaller } from '../evaluate-for-caller';
import { PilotEvaluationDto } from './get-pilot-evaluation.response.dto';

@ApiTags('pilots')
@Controller('pilots')
export class GetPilotEvaluationController {
  constructor(
    @Inject(READ_MODELS) readonly readModels: ReadModels,
    @Inject(STORAGE) readonly storage: Storage,
  ) {}

  @Get(':pilotId/evaluation')
  @ApiUuidParam('pilotId', 'The pilot.')
  @QueryOperation({
    operationId: 'GetPilotEvaluation',
    summary: "The pilot's yardsticks over its period, in total, per body and per municipality, against its targets",
    type: PilotEvaluationDto,
  })
  async getPilotEvaluation(
    @UuidParam('pilotId') pilotId: string,
    @Query() { minPosition }: PositionQueryDto,
    @CallerParam() caller: Caller,
  ): Promise<PilotEvaluationDto> {
    return (await evaluateForCaller(this, pilotId, caller, minPosition)) as PilotEvaluationDto;
  }
}
