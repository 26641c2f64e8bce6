import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { UnauthenticatedError } from '#auth';
import { dateOf } from '#domain';
import { listAdvice, type ReadModels } from '#projections';
import { QueryOperation } from '../../read-models/query-operation.decorator';
import { READ_MODELS } from '../../read-models/read-model.tokens';
import { municipalitiesToRead, ViewerParam, type Viewer } from '../../read-models/viewer';
import { presentAdviceSummary } from './advice-summary.presenter';
import { ListAdviceQueryDto } from './list-advice.query.dto';
import { AdviceListDto } from './list-advice.response.dto';

const NEEDS_TOKEN = 'Filtering by responsibleOfficial needs a bearer token (Authorization: Bearer …).';

@ApiTags('advice-trajectories')
@Controller('advice-trajectories')
export class ListAdviceController {
  constructor(@Inject(READ_MODELS) private readonly readModels: ReadModels) {}

  @Get()
  @QueryOperation({
    operationId: 'ListAdvice',
    summary:
      'The advice register of your municipalities (without a token: of all): status, what is due, overdue, search',
    type: AdviceListDto,
    answersPublic: true,
  })
  async listAdvice(@Query() query: ListAdviceQueryDto, @ViewerParam() viewer: Viewer): Promise<AdviceListDto> {
    const { status, overdue, followUpOverdue, bodyId, domain, kind, responsibleOfficial, q, page, minPosition } = query;
    // A login id is not the public's to look up (ADR 0009): 401, as for any query that needs a token.
    if (responsibleOfficial !== undefined && viewer.kind === 'public') throw new UnauthenticatedError(NEEDS_TOKEN);
    const municipalities = municipalitiesToRead(viewer, query.municipalityCode);
    const today = dateOf(new Date().toISOString());
    const filters = { status, overdue, followUpOverdue, bodyId, domain, kind, responsibleOfficial, q };
    const request = { ...filters, municipalities, today, page, minPosition };
    // Kept as presented until the next commit (ADR 52): the lines depend on the viewer's kind only.
    return this.readModels.remember('ListAdvice', { ...request, shownTo: viewer.kind }, async () => {
      const found = await listAdvice(this.readModels, request);
      return { ...found, items: found.items.map((doc) => presentAdviceSummary(doc, today, viewer)) };
    });
  }
}
