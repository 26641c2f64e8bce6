import { Controller, Get, Inject, Query, Req } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { municipalityRegister, type MunicipalityRegisterDoc, type ReadModels } from '#projections';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { QueryOperation } from '../../read-models/query-operation.decorator';
import { minPositionOf, pageOf } from '../../read-models/query-params';
import { READ_MODELS } from '../../read-models/read-model.tokens';
import { readableMunicipalities, viewerOf } from '../../read-models/viewer';
import { MunicipalityListDto, type MunicipalityDto } from './list-municipalities.response.dto';

@ApiTags('municipalities')
@Controller('municipalities')
export class ListMunicipalitiesController {
  constructor(@Inject(READ_MODELS) private readonly readModels: ReadModels) {}

  @Get()
  @ApiQuery({ name: 'offset', required: false, schema: { type: 'integer', minimum: 0 } })
  @ApiQuery({ name: 'limit', required: false, schema: { type: 'integer', minimum: 1, maximum: 200 } })
  @QueryOperation({
    operationId: 'ListMunicipalities',
    summary: 'Your municipalities (without a token: every registered one) and the bodies that serve them',
    type: MunicipalityListDto,
    answersPublic: true,
  })
  async listMunicipalities(
    @Req() request: AuthenticatedRequest,
    @Query('offset') offset?: string,
    @Query('limit') limit?: string,
    @Query('minPosition') minPosition?: string,
  ): Promise<MunicipalityListDto> {
    const page = pageOf(offset, limit);
    const position = minPositionOf(minPosition);
    const readable = readableMunicipalities(viewerOf(request));
    await this.readModels.waitFor([municipalityRegister.name], position);
    const { items, total } = await this.readModels.list<MunicipalityRegisterDoc>(municipalityRegister.name, {
      where: readable ? [["r.doc->>'municipalityCode' = ANY(?::text[])", readable]] : [],
      orderBy: 'r.id',
      ...page,
    });
    return { items: items.map(presentMunicipality), total, ...page };
  }
}

function presentMunicipality(doc: MunicipalityRegisterDoc): MunicipalityDto {
  return {
    code: doc.municipalityCode,
    name: doc.name,
    bodies: doc.bodies.map(({ bodyId, name, kind }) => ({ bodyId, name, kind })),
    registeredAt: doc.registeredAt,
  };
}
