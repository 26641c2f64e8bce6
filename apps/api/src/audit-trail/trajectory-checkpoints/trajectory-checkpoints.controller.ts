import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { municipalitiesOfStream } from '#application';
import { adviceTrajectoryStreamId, DomainError } from '#domain';
import { inclusionsOfStream, type EventInclusion } from '#evidence';
import type { Storage } from '#runtime';
import { ApiTrajectoryId, TrajectoryId } from '../../advice-trajectory/trajectory-id.param';
import { QueryOperation } from '../../read-models/query-operation.decorator';
import { ensureMayRead, ViewerParam, type Viewer } from '../../read-models/viewer';
import { STORAGE } from '../../storage.tokens';
import { TrajectoryCheckpointsDto, type EventInclusionDto } from './trajectory-checkpoints.response.dto';

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
    const streamId = adviceTrajectoryStreamId(trajectoryId);
    const [first] = await this.storage.sealedEventStore.readStream(streamId, { maxCount: 1 });
    if (!first)
      throw new DomainError('ADVICE_TRAJECTORY.NOT_FOUND', 'There is no such advice trajectory.', 'not-found');
    // The same rule as its history: the public reads every trajectory, a caller those of their municipalities.
    ensureMayRead(viewer, ...municipalitiesOfStream(first));
    const inclusions = await inclusionsOfStream(this.storage.database, this.storage.sealedEventStore, streamId);
    return { trajectoryId, events: inclusions.map(presentInclusion) };
  }
}

function presentInclusion(found: EventInclusion): EventInclusionDto {
  return {
    revision: found.revision,
    position: Number(found.position),
    checkpointSignedAt: found.signedAt.toISOString(),
    treeSize: found.treeSize,
    leafIndex: found.leafIndex,
    leafHash: found.leafHash,
    rootHash: found.rootHash,
    path: [...found.path],
    signedCheckpoint: { ...found.signed },
  };
}
