import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { revealPersonalData } from '#privacy';
import { composeBody, countedMembers, type ReadModels } from '#projections';
import type { Storage } from '#runtime';
import { PositionQueryDto } from '../../http/query.dto';
import { QueryOperation } from '../../read-models/query-operation.decorator';
import { READ_MODELS } from '../../read-models/read-model.tokens';
import { ViewerParam, type Viewer } from '../../read-models/viewer';
import { STORAGE } from '../../storage.tokens';
import { ApiBodyId, BodyId } from '../body-params';
import { readableBody } from '../readable-body';
import { BodyCompositionDto } from './get-body-composition.response.dto';

/** Those who keep the body's membership see every count; everyone else no count from 1 to 4. */
const SEE_SMALL_COUNTS = new Set(['admin', 'secretary']);

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
    // Profiles are opened here only to be counted; no answer shows one.
    const members = countedMembers(await revealPersonalData(this.storage.personKeys, body.members));
    const seesAll = viewer.kind === 'caller' && viewer.principal.roles.some((role) => SEE_SMALL_COUNTS.has(role));
    return { bodyId, ...composeBody(members, !seesAll) } as BodyCompositionDto;
  }
}
