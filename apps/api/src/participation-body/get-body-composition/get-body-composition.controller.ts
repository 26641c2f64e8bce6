import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { composeBody, type ReadModels } from '#projections';
import type { Storage } from '#runtime';
import { PositionQueryDto } from '../../http/query.dto';
import { QueryOperation } from '../../read-models/query-operation.decorator';
import { READ_MODELS } from '../../read-models/read-model.tokens';
import { ViewerParam, type Viewer } from '../../read-models/viewer';
import { STORAGE } from '../../storage.tokens';
import { ApiBodyId, BodyId } from '../body-params';
import { readableBody, seesSmallCounts } from '../readable-body';
import { BodyCompositionDto } from './get-body-composition.response.dto';
import { membersToCount } from './members-to-count';

@ApiTags('participation-bodies')
@Controller('participation-bodies')
export class GetBodyCompositionController {
  constructor(
    @Inject(READ_MODELS) private readonly readModels: ReadModels,
    @Inject(STORAGE) private readonly storage: Storage,
  ) {}

  @Get(':bodyId/composition')
  @ApiBodyId()
  @QueryOperation({
    operationId: 'GetBodyComposition',
    summary: "The body's current members counted by role, expertise and self-declared profile",
    type: BodyCompositionDto,
    answersPublic: true,
  })
  async getBodyComposition(
    @BodyId() bodyId: string,
    @Query() query: PositionQueryDto,
    @ViewerParam() viewer: Viewer,
  ): Promise<BodyCompositionDto> {
    const body = await readableBody(this.readModels, viewer, bodyId, query.minPosition);
    const members = await membersToCount(this.storage.personKeys, body);
    return { bodyId, ...composeBody(members, !seesSmallCounts(viewer)) } as BodyCompositionDto;
  }
}
