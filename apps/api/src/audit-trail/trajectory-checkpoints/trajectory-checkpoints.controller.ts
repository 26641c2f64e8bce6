import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { inclusionsOfStream } from '#evidence';
import type { Storage } from '#runtime';
import { ApiTrajectoryId, TrajectoryId } from '../../advice-trajectory/trajectory-id.param';
import { QueryOperation } from '../../read-models/query-operation.decorator';
import { ViewerParam, type Viewer } from '../../read-models/viewer';
import { STORAGE } from '../../storage.tokens';
import { readableTrajectoryStream } from './readable-trajectory';
import { presentInclusion } from './trajectory-checkpoints.presenter';
import { TrajectoryCheckpointsDto } from './trajectory-checkpoints.response.dto';

/**
 * Which signed checkpoint holds each event of an advice trajectory, with the proof: read as the
 * trajectory's history is. A few indexed lookups, bounded by the trajectory, never by the log.
 */
@ApiTags('audit-trail')
@Controller('audit-trail/advice-trajectories')
export class TrajectoryCheckpointsController {
  constructor(@Inject(STORAGE) private readonly storage: Storage) {}

  @Get(':trajectoryId/checkpoints')
  @ApiTrajectoryId()
  @QueryOperation({
    operationId: 'GetTrajectoryCheckpoints',
    summary:
      'For each event of an advice trajectory, the first signed evidence checkpoint that holds it, and the proof',
    type: TrajectoryCheckpointsDto,
    answersPublic: true,
  })
  async getTrajectoryCheckpoints(
    @TrajectoryId() trajectoryId: string,
    @ViewerParam() viewer: Viewer,
  ): Promise<TrajectoryCheckpointsDto> {
    const streamId = await readableTrajectoryStream(this.storage, trajectoryId, viewer);
    const inclusions = await inclusionsOfStream(this.storage.database, this.storage.sealedEventStore, streamId);
    return { trajectoryId, events: inclusions.map(presentInclusion) };
  }
}
