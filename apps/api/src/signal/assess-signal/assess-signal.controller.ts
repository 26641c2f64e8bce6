import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { assessSignal } from '#application';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { CommandOperation } from '../../commands/command-operation.decorator';
import type { CommandResponseDto } from '../../commands/command-response.dto';
import { ApiSignalId, SignalId } from '../signal-id.param';
import { AssessSignalRequestDto } from './assess-signal.request.dto';

@ApiTags('signals')
@Controller('signals')
export class AssessSignalController {
  constructor(private readonly commands: CommandExecutor) {}

  @Post(':signalId/_assess')
  @ApiSignalId()
  @CommandOperation(assessSignal, 'Assess a signal as individual or collective, with the reasons')
  assessSignal(
    @SignalId() signalId: string,
    @Body() body: AssessSignalRequestDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResponseDto> {
    const data = { signalId, scope: body.scope, rationale: body.rationale };
    return this.commands.run(assessSignal, data, request);
  }
}
