import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { listDeadlines, type ReadModels } from '#projections';
import { QueryOperation } from '../../read-models/query-operation.decorator';
import { READ_MODELS } from '../../read-models/read-model.tokens';
import { CallerParam, type Caller } from '../../read-models/viewer';
import { deadlineRequest } from './deadline-request';
import { presentDeadlines } from './deadlines.presenter';
import { ListDeadlinesQueryDto } from './list-deadlines.query.dto';
import { DeadlineListDto } from './list-deadlines.response.dto';

@ApiTags('advice-trajectories')
@Controller('deadlines')
export class ListDeadlinesController {
  constructor(@Inject(READ_MODELS) private readonly readModels: ReadModels) {}

  @Get()
  @QueryOperation({
    operationId: 'ListDeadlines',
    summary:
      "My terms: an official's trajectories (responsibleOfficial) with the college's response or a follow-up " +
      "checkpoint near or past; for the body's side (secretary, body-member) the body's advice deadlines",
    type: DeadlineListDto,
  })
  async listDeadlines(@Query() query: ListDeadlinesQueryDto, @CallerParam() caller: Caller): Promise<DeadlineListDto> {
    const request = deadlineRequest(query, caller.principal);
    return presentDeadlines(request, await listDeadlines(this.readModels, request), caller);
  }
}
