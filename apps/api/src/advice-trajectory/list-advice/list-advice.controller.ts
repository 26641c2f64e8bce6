import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { dateOf } from '#domain';
import { listAdvice, type ReadModels } from '#projections';
import { QueryOperation } from '../../read-models/query-operation.decorator';
import { READ_MODELS } from '../../read-models/read-model.tokens';
import { municipalitiesToRead, ViewerParam, type Viewer } from '../../read-models/viewer';
import { presentAdviceSummary } from './advice-summary.presenter';
import { ListAdviceQueryDto } from './list-advice.query.dto';
import { AdviceListDto } from './list-advice.response.dto';

@ApiTags('advice-trajectories')
@Controller('advice-trajectories')
export class ListAdviceController {
  constructor(@Inject(READ_MODELS) private readonly readModels: ReadModels) {}

  @Get()
  @QueryOperation({
    operationId: 'ListAdvice',
    summary: 'The advice register of your municipalities (without a token: of all): status, response due, overdue',
    type: AdviceListDto,
    answersPublic: true,
  })
  async listAdvice(@Query() query: ListAdviceQueryDto, @ViewerParam() viewer: Viewer): Promise<AdviceListDto> {
    const { status, overdue, page, minPosition } = query;
    const municipalities = municipalitiesToRead(viewer, query.municipalityCode);
    const today = dateOf(new Date().toISOString());
    const found = await listAdvice(this.readModels, { municipalities, status, overdue, today, page, minPosition });
    return { ...found, items: found.items.map((doc) => presentAdviceSummary(doc, today)) };
  }
}
