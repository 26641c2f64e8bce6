import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { trajectoryHistory } from '#application';
import type { Storage } from '#runtime';
import { QueryOperation } from '../../read-models/query-operation.decorator';
import { ensureMayRead, ViewerParam, type Viewer } from '../../read-models/viewer';
import { STORAGE } from '../../storage.tokens';
import { ApiTrajectoryId, TrajectoryId } from '../trajectory-id.param';
import { GetTrajectoryHistoryQueryDto } from './get-trajectory-history.query.dto';
import { TrajectoryHistoryDto } from './get-trajectory-history.response.dto';
import { presentTrajectoryHistory } from './trajectory-history.presenter';

@ApiTags('advice-trajectories')
@Controller('advice-trajectories')
export class GetTrajectoryHistoryController {
  constructor(@Inject(STORAGE) private readonly storage: Storage) {}

  @Get(':trajectoryId/history')
  @ApiTrajectoryId()
  @QueryOperation({
    operationId: 'GetTrajectoryHistory',
    summary: 'Every event of an advice trajectory, oldest first, with the state they add up to; or as of an instant',
    type: TrajectoryHistoryDto,
    answersPublic: true,
  })
  async getTrajectoryHistory(
    @TrajectoryId() trajectoryId: string,
    @Query() query: GetTrajectoryHistoryQueryDto,
    @ViewerParam() viewer: Viewer,
  ): Promise<TrajectoryHistoryDto> {
    const history = await trajectoryHistory(this.storage.eventStore, trajectoryId, query.asOf);
    // Every addressed college answers a regional advice, so each of their officials reads its history.
    ensureMayRead(viewer, history.municipalityCode, ...history.state.addressedTo);
    return presentTrajectoryHistory(trajectoryId, query.asOf, history, viewer);
  }
}
