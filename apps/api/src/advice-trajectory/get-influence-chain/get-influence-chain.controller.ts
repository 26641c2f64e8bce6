import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DomainError } from '#domain';
import { addressedToOf, influenceChainOf, type ReadModels } from '#projections';
import { PositionQueryDto } from '../../http/query.dto';
import { QueryOperation } from '../../read-models/query-operation.decorator';
import { READ_MODELS } from '../../read-models/read-model.tokens';
import { ensureMayRead, ViewerParam, type Viewer } from '../../read-models/viewer';
import { ApiTrajectoryId, TrajectoryId } from '../trajectory-id.param';
import { InfluenceChainDto } from './get-influence-chain.response.dto';
import { presentInfluenceChain } from './influence-chain.presenter';

@ApiTags('advice-trajectories')
@Controller('advice-trajectories')
export class GetInfluenceChainController {
  constructor(@Inject(READ_MODELS) private readonly readModels: ReadModels) {}

  @Get(':trajectoryId/influence-chain')
  @ApiTrajectoryId()
  @QueryOperation({
    operationId: 'GetInfluenceChain',
    summary:
      'What participation changed: signals → tables → advice → each recommendation → college → council → implementation',
    type: InfluenceChainDto,
    answersPublic: true,
  })
  async getInfluenceChain(
    @TrajectoryId() trajectoryId: string,
    @Query() query: PositionQueryDto,
    @ViewerParam() viewer: Viewer,
  ): Promise<InfluenceChainDto> {
    const chain = await influenceChainOf(this.readModels, trajectoryId, query.minPosition);
    if (!chain)
      throw new DomainError('ADVICE_TRAJECTORY.NOT_FOUND', 'There is no such advice trajectory.', 'not-found');
    // Every addressed college answers a regional advice, so each of their officials reads its chain.
    ensureMayRead(viewer, ...addressedToOf(chain.advice));
    return presentInfluenceChain(chain.advice, chain.signals, chain.tables, viewer);
  }
}
