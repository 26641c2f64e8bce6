import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { raiseDispute } from '#application';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { CommandOperation } from '../../commands/command-operation.decorator';
import type { CommandResponseDto } from '../../commands/command-response.dto';
import { ApiTrajectoryId, TrajectoryId } from '../trajectory-id.param';
import { RaiseDisputeRequestDto } from './raise-dispute.request.dto';

@ApiTags('advice-trajectories')
@Controller('advice-trajectories')
export class RaiseDisputeController {
  constructor(private readonly commands: CommandExecutor) {}

  @Post(':trajectoryId/disputes')
  @ApiTrajectoryId()
  @CommandOperation(raiseDispute, 'Raise a dispute when agreements on the trajectory are not kept')
  raiseDispute(
    @TrajectoryId() trajectoryId: string,
    @Body() body: RaiseDisputeRequestDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResponseDto> {
    return this.commands.run(raiseDispute, { trajectoryId, reason: body.reason }, request);
  }
}
