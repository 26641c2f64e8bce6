import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { closeSignal } from '#application';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { CommandOperation } from '../../commands/command-operation.decorator';
import type { CommandResponseDto } from '../../commands/command-response.dto';
import { ApiSignalId, SignalId } from '../signal-id.param';
import { CloseSignalRequestDto } from './close-signal.request.dto';

@ApiTags('signals')
@Controller('signals')
export class CloseSignalController {
  constructor(private readonly commands: CommandExecutor) {}

  @Post(':signalId/_close')
  @ApiSignalId()
  @CommandOperation(closeSignal, 'Close a signal with its outcome and whether feedback reached the reporter')
  closeSignal(
    @SignalId() signalId: string,
    @Body() body: CloseSignalRequestDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResponseDto> {
    const data = {
      signalId,
      outcome: body.outcome,
      feedbackGiven: body.feedbackGiven,
      ...(body.clusterId === undefined ? {} : { clusterId: body.clusterId }),
    };
    return this.commands.run(closeSignal, data, request);
  }
}
