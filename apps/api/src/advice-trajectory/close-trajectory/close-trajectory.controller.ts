import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { closeTrajectory } from '#application';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { CommandOperation } from '../../commands/command-operation.decorator';
import type { CommandResponseDto } from '../../commands/command-response.dto';
import { ApiTrajectoryId, TrajectoryId } from '../trajectory-id.param';
import { CloseTrajectoryRequestDto } from './close-trajectory.request.dto';

@ApiTags('advice-trajectories')
@Controller('advice-trajectories')
export class CloseTrajectoryController {
  constructor(private readonly commands: CommandExecutor) {}

  @Post(':trajectoryId/_close')
  @ApiTrajectoryId()
  @CommandOperation(closeTrajectory, 'Close the trajectory once the college has responded and no dispute is open')
  closeTrajectory(
    @TrajectoryId() trajectoryId: string,
    @Body() body: CloseTrajectoryRequestDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResponseDto> {
    return this.commands.run(closeTrajectory, { trajectoryId, note: body.note }, request);
  }
}
