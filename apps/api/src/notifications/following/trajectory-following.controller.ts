import { Controller, Delete, Inject, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Follows } from '#notifications';
import type { Storage } from '#runtime';
import { ApiTrajectoryId, TrajectoryId } from '../../advice-trajectory/trajectory-id.param';
import { CallerParam, type Caller } from '../../read-models/viewer';
import { STORAGE } from '../../storage.tokens';
import { FollowingOperation } from './following.decorator';
import { trajectoryTopicFor } from './trajectory-topic';

/** Anyone signed in may hear by mail of each step of a trajectory they may read (ADR 0034). */
@ApiTags('advice-trajectories')
@Controller('advice-trajectories/:trajectoryId/following')
export class TrajectoryFollowingController {
  constructor(@Inject(STORAGE) private readonly storage: Storage) {}

  @Put()
  @ApiTrajectoryId()
  @FollowingOperation('FollowTrajectory', 'Mail me of each next step of this advice trajectory')
  async follow(@TrajectoryId() trajectoryId: string, @CallerParam() caller: Caller): Promise<void> {
    const topic = await trajectoryTopicFor(this.storage, trajectoryId, caller);
    await new Follows(this.storage.database).follow(caller.principal.id, topic);
  }

  @Delete()
  @ApiTrajectoryId()
  @FollowingOperation('UnfollowTrajectory', 'No longer mail me of this advice trajectory')
  async unfollow(@TrajectoryId() trajectoryId: string, @CallerParam() caller: Caller): Promise<void> {
    const topic = await trajectoryTopicFor(this.storage, trajectoryId, caller);
    await new Follows(this.storage.database).unfollow(caller.principal.id, topic);
  }
}
