import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { listBodies, type ReadModels } from '#projections';
import { QueryOperation } from '../../read-models/query-operation.decorator';
import { READ_MODELS } from '../../read-models/read-model.tokens';
import { municipalitiesToRead, ViewerParam, type Viewer } from '../../read-models/viewer';
import { presentBody } from './participation-body.presenter';
import { ListParticipationBodiesQueryDto } from './list-participation-bodies.query.dto';
import { ParticipationBodyListDto } from './list-participation-bodies.response.dto';

@ApiTags('participation-bodies')
@Controller('participation-bodies')
export class ListParticipationBodiesController {
  constructor(@Inject(READ_MODELS) private readonly readModels: ReadModels) {}

  @Get()
  @QueryOperation({
    operationId: 'ListParticipationBodies',
    summary: 'The participation bodies serving your municipalities (without a token: every one)',
    type: ParticipationBodyListDto,
    answersPublic: true,
  })
  async listParticipationBodies(
    @Query() query: ListParticipationBodiesQueryDto,
    @ViewerParam() viewer: Viewer,
  ): Promise<ParticipationBodyListDto> {
    const municipalities = municipalitiesToRead(viewer, query.municipalityCode);
    const found = await listBodies(this.readModels, {
      municipalities,
      page: query.page,
      minPosition: query.minPosition,
    });
    return { ...found, items: found.items.map(presentBody) };
  }
}
