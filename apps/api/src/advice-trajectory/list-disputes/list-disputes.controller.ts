import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { listDisputes, type ReadModels } from '#projections';
import { QueryOperation } from '../../read-models/query-operation.decorator';
import { READ_MODELS } from '../../read-models/read-model.tokens';
import { CallerParam, readableMunicipalities, type Caller } from '../../read-models/viewer';
import { ListDisputesQueryDto } from './list-disputes.query.dto';
import { DisputeListDto } from './list-disputes.response.dto';

@ApiTags('disputes')
@Controller('disputes')
export class ListDisputesController {
  constructor(@Inject(READ_MODELS) private readonly readModels: ReadModels) {}

  @Get()
  @QueryOperation({
    operationId: 'ListDisputes',
    summary: 'Disputes about advice trajectories and about participation bodies: who raised, about, status, resolution',
    type: DisputeListDto,
  })
  async listDisputes(
    @Query() { bodyId, open, minPosition }: ListDisputesQueryDto,
    @CallerParam() caller: Caller,
  ): Promise<DisputeListDto> {
    const request = { municipalities: readableMunicipalities(caller), bodyId, open, minPosition };
    return { items: await listDisputes(this.readModels, request) };
  }
}
