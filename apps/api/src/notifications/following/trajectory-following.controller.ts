import { Controller, Delete, Inject, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { trajectoryHistory } from '#application';
import { Follows, type Topic } from '#notifications';
import type { Storage } from '#runtime';
import { ApiTrajectoryId, TrajectoryId } from '../../advice-trajectory/trajectory-id.param';
import { CallerParam, ensureMayRead, type Caller } from '../../read-models/viewer';
import { STORAGE } from '../../storage.tokens';
import { FollowingOperation } from './following.decorator';

/** Anyone signed in may hear by mail of each step of a trajectory they may read (ADR 0034). */
@ApiTags('advice-trajectories')
@Controller('advice-trajectories/:trajectoryId/following')
export class TrajectoryFollowingController {
  constructor(@Inject(STORAGE) private readonly storage: Storage) {}

  @Put()
  @ApiTrajectoryId()
  @FollowingOperation('FollowTrajectory', 'Mail me of each next step of this advice trajectory')
  async follow(@TrajectoryId() trajectoryId: string, @CallerParam() caller: Caller): Promise<void> {
    await new Follows(this.storage.database).follow(caller.principal.id, await this.topicOf(trajectoryId, caller));
  }

  @Delete()
  @ApiTrajectoryId()
  @FollowingOperation('UnfollowTrajectory', 'No longer mail me of this advice trajectory')
  async unfollow(@TrajectoryId() trajectoryId: string, @CallerParam() caller: Caller): Promise<void> {
    await new Follows(this.storage.database).unfollow(caller.principal.id, await this.topicOf(trajectoryId, caller));
  }

  /** 404 for a trajectory that does not exist, 403 for one of another municipality. */
  private async topicOf(trajectoryId: string, caller: Caller): Promise<Topic> {
    const history = await trajectoryHistory(this.storage.eventStore, trajectoryId);
    ensureMayRead(caller, history.municipalityCode, ...history.state.addressedTo);
    return { kind: 'trajectory', id: trajectoryId };
  }
}
