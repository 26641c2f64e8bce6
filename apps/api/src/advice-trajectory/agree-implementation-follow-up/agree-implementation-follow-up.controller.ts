import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { agreeImplementationFollowUp } from '#application';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { CommandOperation } from '../../commands/command-operation.decorator';
import type { CommandResponseDto } from '../../commands/command-response.dto';
import { ApiTrajectoryId, TrajectoryId } from '../trajectory-id.param';
import { AgreeImplementationFollowUpRequestDto } from './agree-implementation-follow-up.request.dto';

@ApiTags('advice-trajectories')
@Controller('advice-trajectories')
export class AgreeImplementationFollowUpController {
  constructor(private readonly commands: CommandExecutor) {}

  @Post(':trajectoryId/implementation-follow-up')
  @ApiTrajectoryId()
  @CommandOperation(
    agreeImplementationFollowUp,
    'Agree how the implementation of the advice is followed, with checkpoints',
  )
  agreeImplementationFollowUp(
    @TrajectoryId() trajectoryId: string,
    @Body() body: AgreeImplementationFollowUpRequestDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResponseDto> {
    const checkpoints = body.checkpoints.map(({ dueOn, description }) => ({ dueOn, description }));
    return this.commands.run(agreeImplementationFollowUp, { trajectoryId, checkpoints }, request);
  }
}
