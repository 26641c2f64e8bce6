import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { linkSignal } from '#application';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { CommandOperation } from '../../commands/command-operation.decorator';
import type { CommandResponseDto } from '../../commands/command-response.dto';
import { ApiTrajectoryId, TrajectoryId } from '../trajectory-id.param';
import { LinkSignalRequestDto } from './link-signal.request.dto';

@ApiTags('advice-trajectories')
@Controller('advice-trajectories')
export class LinkSignalController {
  constructor(private readonly commands: CommandExecutor) {}

  @Post(':trajectoryId/linked-signals')
  @ApiTrajectoryId()
  @CommandOperation(linkSignal, 'Link a collective signal the advice rests on')
  linkSignal(
    @TrajectoryId() trajectoryId: string,
    @Body() body: LinkSignalRequestDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResponseDto> {
    return this.commands.run(linkSignal, { trajectoryId, signalId: body.signalId }, request);
  }
}
