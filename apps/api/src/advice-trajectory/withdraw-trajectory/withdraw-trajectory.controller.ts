import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { withdrawTrajectory } from '#application';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { CommandOperation } from '../../commands/command-operation.decorator';
import type { CommandResponseDto } from '../../commands/command-response.dto';
import { ApiTrajectoryId, TrajectoryId } from '../trajectory-id.param';
import { WithdrawTrajectoryRequestDto } from './withdraw-trajectory.request.dto';

@ApiTags('advice-trajectories')
@Controller('advice-trajectories')
export class WithdrawTrajectoryController {
  constructor(private readonly commands: CommandExecutor) {}

  @Post(':trajectoryId/_withdraw')
  @ApiTrajectoryId()
  @CommandOperation(withdrawTrajectory, 'Withdraw the trajectory, with the reason why')
  withdrawTrajectory(
    @TrajectoryId() trajectoryId: string,
    @Body() body: WithdrawTrajectoryRequestDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResponseDto> {
    return this.commands.run(withdrawTrajectory, { trajectoryId, reason: body.reason }, request);
  }
}
