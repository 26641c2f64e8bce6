import { Controller, Get, Header, Inject, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ReadModels } from '#projections';
import type { Storage } from '#runtime';
import { pilotEvaluationCsv } from '#projections';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { ApiUuidParam, UuidParam } from '../../http/uuid-param';
import { READ_MODELS } from '../../read-models/read-model.tokens';
import { STORAGE } from '../../storage.tokens';
import { loadPilotEvaluation } from '../get-pilot-evaluation/load-pilot-evaluation';
import { QueryOperation } from '../../read-models/query-operation.decorator';

@ApiTags('pilots')
@Controller('pilots')
export class ExportPilotEvaluationController {
  constructor(
    @Inject(READ_MODELS) private readonly readModels: ReadModels,
    @Inject(STORAGE) private readonly storage: Storage,
  ) {}

  @Get(':pilotId/evaluation-export')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiUuidParam('pilotId', 'The pilot.')
  @QueryOperation({
    operationId: 'ExportPilotEvaluation',
    summary: "The pilot's evaluation as CSV: one row per yardstick per scope (total, body, municipality)",
    csvExample:
      'scope,scopeId,metric,value,target,met\r\ntotal,c0a80101-0000-4000-8000-000000000001,signals-count,12,10,true\r\n',
  })
  async exportPilotEvaluation(
    @UuidParam('pilotId') pilotId: string,
    @Req() request: AuthenticatedRequest,
    @Query('minPosition') minPosition?: string,
  ): Promise<string> {
    return pilotEvaluationCsv(await loadPilotEvaluation(this.storage, this.readModels, pilotId, minPosition, request));
  }
}
