import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { referSignal } from '#application';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { CommandOperation } from '../../commands/command-operation.decorator';
import type { CommandResponseDto } from '../../commands/command-response.dto';
import { ApiSignalId, SignalId } from '../signal-id.param';
import { ReferSignalRequestDto } from './refer-signal.request.dto';

@ApiTags('signals')
@Controller('signals')
export class ReferSignalController {
  constructor(private readonly commands: CommandExecutor) {}

  @Post(':signalId/_refer')
  @ApiSignalId()
  @CommandOperation(referSignal, 'Refer an individual signal on, for example to client support')
  referSignal(
    @SignalId() signalId: string,
    @Body() body: ReferSignalRequestDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResponseDto> {
    const data = {
      signalId,
      referredTo: body.referredTo,
      ...(body.note === undefined ? {} : { note: body.note }),
    };
    return this.commands.run(referSignal, data, request);
  }
}
