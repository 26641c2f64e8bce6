import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { resolveDispute } from '#application';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { CommandOperation } from '../../commands/command-operation.decorator';
import type { CommandResponseDto } from '../../commands/command-response.dto';
import { ApiTrajectoryId, TrajectoryId } from '../trajectory-id.param';
import { ResolveDisputeRequestDto } from './resolve-dispute.request.dto';

@ApiTags('advice-trajectories')
@Controller('advice-trajectories')
export class ResolveDisputeController {
  constructor(private readonly commands: CommandExecutor) {}

  @Post(':trajectoryId/disputes/_resolve')
  @ApiTrajectoryId()
  @CommandOperation(resolveDispute, "Resolve the trajectory's open dispute")
  resolveDispute(
    @TrajectoryId() trajectoryId: string,
    @Body() body: ResolveDisputeRequestDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResponseDto> {
    return this.commands.run(resolveDispute, { trajectoryId, resolution: body.resolution }, request);
  }
}
