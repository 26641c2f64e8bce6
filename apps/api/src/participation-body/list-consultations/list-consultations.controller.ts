import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { dateOf } from '#domain';
import { CONSULTATION_REGISTERS, consultationsOf, type ReadModels } from '#projections';
import { PageQueryDto } from '../../http/query.dto';
import { QueryOperation } from '../../read-models/query-operation.decorator';
import { READ_MODELS } from '../../read-models/read-model.tokens';
import { ViewerParam, type Viewer } from '../../read-models/viewer';
import { ApiBodyId, BodyId } from '../body-params';
import { readableBody } from '../readable-body';
import { ConsultationListDto } from './list-consultations.response.dto';

@ApiTags('participation-bodies')
@Controller('participation-bodies')
export class ListConsultationsController {
  constructor(@Inject(READ_MODELS) private readonly readModels: ReadModels) {}

  @Get(':bodyId/consultations')
  @ApiBodyId()
  @QueryOperation({
    operationId: 'ListConsultations',
    summary: "The body's consultations with the alderman and programme manager per year, against the norm",
    type: ConsultationListDto,
    answersPublic: true,
  })
  async listConsultations(
    @BodyId() bodyId: string,
    @Query() query: PageQueryDto,
    @ViewerParam() viewer: Viewer,
  ): Promise<ConsultationListDto> {
    const body = await readableBody(this.readModels, viewer, bodyId, query.minPosition, CONSULTATION_REGISTERS);
    const today = dateOf(new Date().toISOString());
    const { norm, years } = await consultationsOf(this.readModels, body, { today, page: query.page });
    return { bodyId, norm, ...years } as ConsultationListDto;
  }
}
