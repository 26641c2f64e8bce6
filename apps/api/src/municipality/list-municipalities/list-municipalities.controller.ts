import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { listMunicipalities, type ReadModels } from '#projections';
import { PageQueryDto } from '../../http/query.dto';
import { QueryOperation } from '../../read-models/query-operation.decorator';
import { READ_MODELS } from '../../read-models/read-model.tokens';
import { readableMunicipalities, ViewerParam, type Viewer } from '../../read-models/viewer';
import { MunicipalityListDto } from './list-municipalities.response.dto';
import { presentMunicipality } from './municipality.presenter';

@ApiTags('municipalities')
@Controller('municipalities')
export class ListMunicipalitiesController {
  constructor(@Inject(READ_MODELS) private readonly readModels: ReadModels) {}

  @Get()
  @QueryOperation({
    operationId: 'ListMunicipalities',
    summary: 'Your municipalities (without a token: every registered one) and the bodies that serve them',
    type: MunicipalityListDto,
    answersPublic: true,
  })
  async listMunicipalities(@Query() query: PageQueryDto, @ViewerParam() viewer: Viewer): Promise<MunicipalityListDto> {
    const { page, minPosition } = query;
    const municipalities = readableMunicipalities(viewer);
    const found = await listMunicipalities(this.readModels, { municipalities, page, minPosition });
    return { ...found, items: found.items.map(presentMunicipality) };
  }
}
