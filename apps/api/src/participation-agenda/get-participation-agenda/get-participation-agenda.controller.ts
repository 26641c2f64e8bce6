import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DomainError } from '#domain';
import { findAgenda, linkAgenda, type ReadModels } from '#projections';
import { PositionQueryDto } from '../../http/query.dto';
import { readableBody } from '../../participation-body/readable-body';
import { QueryOperation } from '../../read-models/query-operation.decorator';
import { READ_MODELS } from '../../read-models/read-model.tokens';
import { readableMunicipalities, ViewerParam, type Viewer } from '../../read-models/viewer';
import { AgendaId, ApiAgendaId } from '../agenda-id.param';
import { presentAgenda } from '../agenda.presenter';
import { AgendaDto } from '../agenda.response.dto';

@ApiTags('participation-agendas')
@Controller('participation-agendas')
export class GetParticipationAgendaController {
  constructor(@Inject(READ_MODELS) private readonly readModels: ReadModels) {}

  @Get(':agendaId')
  @ApiAgendaId()
  @QueryOperation({
    operationId: 'GetParticipationAgenda',
    summary: 'One agenda: each item with its signals, tables and trajectories, and which sides agreed it',
    type: AgendaDto,
    answersPublic: true,
  })
  async getParticipationAgenda(
    @AgendaId() agendaId: string,
    @Query() { minPosition }: PositionQueryDto,
    @ViewerParam() viewer: Viewer,
  ): Promise<AgendaDto> {
    const agenda = await findAgenda(this.readModels, agendaId, minPosition);
    if (!agenda) {
      throw new DomainError('PARTICIPATION_AGENDA.NOT_FOUND', 'There is no such participation agenda.', 'not-found');
    }
    await readableBody(this.readModels, viewer, agenda.bodyId, minPosition);
    return presentAgenda(await linkAgenda(this.readModels, agenda, readableMunicipalities(viewer)));
  }
}
