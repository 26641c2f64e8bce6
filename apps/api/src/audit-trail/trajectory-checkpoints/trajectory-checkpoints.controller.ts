import { Controller, Get, Inject, Param, ParseIntPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DomainError, adviceTrajectoryStreamId } from '#domain';
import { checkpointsOfStream, inclusionOfEvent, type CheckpointOfEvent } from '#evidence';
import type { Storage } from '#runtime';
import { ApiTrajectoryId, TrajectoryId } from '../../advice-trajectory/trajectory-id.param';
import { QueryOperation } from '../../read-models/query-operation.decorator';
import { STORAGE } from '../../storage.tokens';
import {
  EventInclusionDto,
  TrajectoryCheckpointsDto,
  type EventCheckpointDto,
} from './trajectory-checkpoints.response.dto';

/**
 * Which signed checkpoint holds each event of an advice trajectory, and the proof of one: as
 * public as the trajectory's history. Each answer is a few indexed lookups, however long the log.
 */
@ApiTags('audit-trail')
@Controller('audit-trail/advice-trajectories')
export class TrajectoryCheckpointsController {
  constructor(@Inject(STORAGE) private readonly storage: Storage) {}

  @Get(':trajectoryId/checkpoints')
  @ApiTrajectoryId()
  @QueryOperation({
    operationId: 'GetTrajectoryCheckpoints',
    summary: 'For each event of an advice trajectory, the first signed evidence checkpoint that holds it',
    type: TrajectoryCheckpointsDto,
    answersPublic: true,
  })
  async getTrajectoryCheckpoints(@TrajectoryId() trajectoryId: string): Promise<TrajectoryCheckpointsDto> {
    const found = await checkpointsOfStream(this.storage.database, adviceTrajectoryStreamId(trajectoryId));
    return { trajectoryId, events: found.map(presentCheckpoint) };
  }

  @Get(':trajectoryId/checkpoints/:revision')
  @ApiTrajectoryId()
  @QueryOperation({
    operationId: 'GetTrajectoryEventInclusion',
    summary: "The proof that one event of an advice trajectory is in its first signed checkpoint's Merkle tree",
    type: EventInclusionDto,
    answersPublic: true,
  })
  async getEventInclusion(
    @TrajectoryId() trajectoryId: string,
    @Param('revision', ParseIntPipe) revision: number,
  ): Promise<EventInclusionDto> {
    const streamId = adviceTrajectoryStreamId(trajectoryId);
    const inclusion = await inclusionOfEvent(this.storage.database, streamId, revision);
    if (!inclusion) {
      throw new DomainError('EVIDENCE.NOT_IN_CHECKPOINT', 'That event is in no signed checkpoint yet.', 'not-found');
    }
    const { signed, leafHash, rootHash, path } = inclusion;
    return {
      ...presentCheckpoint(inclusion),
      streamId,
      leafHash,
      rootHash,
      path: [...path],
      signedCheckpoint: { ...signed },
    };
  }
}

function presentCheckpoint(found: CheckpointOfEvent): EventCheckpointDto {
  return {
    revision: found.revision,
    position: Number(found.position),
    checkpointSignedAt: found.signedAt.toISOString(),
    treeSize: found.treeSize,
    leafIndex: found.leafIndex,
  };
}
