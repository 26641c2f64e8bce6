import { Controller, Get, Inject, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ReadModels } from '#projections';
import type { Storage } from '#runtime';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { ApiUuidParam, UuidParam } from '../../http/uuid-param';
import { QueryOperation } from '../../read-models/query-operation.decorator';
import { READ_MODELS } from '../../read-models/read-model.tokens';
import { STORAGE } from '../../storage.tokens';
import { PilotEvaluationDto } from './get-pilot-evaluation.response.dto';
import { loadPilotEvaluation } from './load-pilot-evaluation';

@ApiTags('pilots')
@Controller('pilots')
export class GetPilotEvaluationController {
  constructor(
    @Inject(READ_MODELS) private readonly readModels: ReadModels,
    @Inject(STORAGE) private readonly storage: Storage,
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
    @Req() request: AuthenticatedRequest,
    @Query('minPosition') minPosition?: string,
  ): Promise<PilotEvaluationDto> {
    const evaluation = await loadPilotEvaluation(this.storage, this.readModels, pilotId, minPosition, request);
    return evaluation as PilotEvaluationDto;
  }
}
