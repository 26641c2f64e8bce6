import { Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { confirmParticipationApproach } from '#application';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { CommandOperation } from '../../commands/command-operation.decorator';
import type { CommandResponseDto } from '../../commands/command-response.dto';
import { ApiTrajectoryId, TrajectoryId } from '../trajectory-id.param';

/** Nothing to send: the confirmation is who confirms, and the proposal it confirms is the stream's. */
@ApiTags('advice-trajectories')
@Controller('advice-trajectories')
export class ConfirmParticipationApproachController {
  constructor(private readonly commands: CommandExecutor) {}

  @Post(':trajectoryId/participation-approach/_confirm')
  @ApiTrajectoryId()
  @CommandOperation(
    confirmParticipationApproach,
    "Confirm the other side's proposed participation approach, which makes it agreed",
  )
  confirmParticipationApproach(
    @TrajectoryId() trajectoryId: string,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResponseDto> {
    return this.commands.run(confirmParticipationApproach, { trajectoryId }, request);
  }
}
