import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { listAgendas, type ReadModels } from '#projections';
import { QueryOperation } from '../../read-models/query-operation.decorator';
import { READ_MODELS } from '../../read-models/read-model.tokens';
import { ViewerParam, type Viewer } from '../../read-models/viewer';
import { readableBodyIds } from '../../participation-body/readable-body';
import { presentAgendaSummary } from '../agenda.presenter';
import { AgendaListDto } from '../agenda.response.dto';
import { ListParticipationAgendasQueryDto } from './list-participation-agendas.query.dto';

@ApiTags('participation-agendas')
@Controller('participation-agendas')
export class ListParticipationAgendasController {
  constructor(@Inject(READ_MODELS) private readonly readModels: ReadModels) {}

  @Get()
  @QueryOperation({
    operationId: 'ListParticipationAgendas',
    summary: 'The participation agendas of the bodies serving your municipalities (without a token: every one)',
    type: AgendaListDto,
    answersPublic: true,
  })
  async listParticipationAgendas(
    @Query() query: ListParticipationAgendasQueryDto,
    @ViewerParam() viewer: Viewer,
  ): Promise<AgendaListDto> {
    const { bodyId, year, page, minPosition } = query;
    const bodyIds = await readableBodyIds(this.readModels, viewer, bodyId, minPosition);
    const found = await listAgendas(this.readModels, {
      bodyIds,
      ...(year === undefined ? {} : { year }),
      page,
      minPosition,
    });
    return { ...found, items: found.items.map(presentAgendaSummary) };
  }
}
