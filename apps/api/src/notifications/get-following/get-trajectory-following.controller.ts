import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { followingOf } from '#notifications';
import type { Storage } from '#runtime';
import { ApiTrajectoryId, TrajectoryId } from '../../advice-trajectory/trajectory-id.param';
import { QueryOperation } from '../../read-models/query-operation.decorator';
import { CallerParam, type Caller } from '../../read-models/viewer';
import { STORAGE } from '../../storage.tokens';
import { trajectoryTopicFor } from '../following/trajectory-topic';
import { GetTrajectoryFollowingQueryDto } from './get-following.query.dto';
import { presentFollowing, TrajectoryFollowingDto } from './get-following.response.dto';

@ApiTags('advice-trajectories')
@Controller('advice-trajectories/:trajectoryId/following')
export class GetTrajectoryFollowingController {
  constructor(@Inject(STORAGE) private readonly storage: Storage) {}

  @Get()
  @ApiTrajectoryId()
  @QueryOperation({
    operationId: 'GetTrajectoryFollowing',
    summary: 'Whether you follow this advice trajectory (FollowTrajectory)',
    type: TrajectoryFollowingDto,
  })
  async getTrajectoryFollowing(
    @TrajectoryId() trajectoryId: string,
    @Query() _query: GetTrajectoryFollowingQueryDto,
    @CallerParam() caller: Caller,
  ): Promise<TrajectoryFollowingDto> {
    const topic = await trajectoryTopicFor(this.storage, trajectoryId, caller);
    const [state] = await followingOf(this.storage.database, { subject: caller.principal.id, topics: [topic] });
    return { trajectoryId, ...presentFollowing(state ?? { topic, following: false }) };
  }
}
