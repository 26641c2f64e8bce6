import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { bodyIdsServing, findBodies, listPilots, type ReadModels } from '#projections';
import { PageQueryDto } from '../../http/query.dto';
import { QueryOperation } from '../../read-models/query-operation.decorator';
import { READ_MODELS } from '../../read-models/read-model.tokens';
import { CallerParam, type Caller } from '../../read-models/viewer';
import { PilotListDto } from './list-pilots.response.dto';
import { presentPilot } from './pilot.presenter';

@ApiTags('pilots')
@Controller('pilots')
export class ListPilotsController {
  constructor(@Inject(READ_MODELS) private readonly readModels: ReadModels) {}

  @Get()
  @QueryOperation({
    operationId: 'ListPilots',
    summary: 'The pilots of the bodies serving your municipalities, latest start first',
    type: PilotListDto,
  })
  async listPilots(@Query() query: PageQueryDto, @CallerParam() caller: Caller): Promise<PilotListDto> {
    const { page, minPosition } = query;
    const bodyIds = await bodyIdsServing(this.readModels, caller.principal.municipalities, minPosition);
    const found = await listPilots(this.readModels, { bodyIds, page, minPosition });
    const bodies = await findBodies(this.readModels, [...new Set(found.items.flatMap((pilot) => pilot.bodyIds))]);
    return { ...found, items: found.items.map((pilot) => presentPilot(pilot, bodies)) };
  }
}
