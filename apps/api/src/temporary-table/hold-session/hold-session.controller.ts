import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { holdSession } from '#application';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { CommandOperation } from '../../commands/command-operation.decorator';
import type { CommandResponseDto } from '../../commands/command-response.dto';
import { byTableGroup } from '../table-group-fields';
import { ApiTableId, TableId } from '../table-id.param';
import { HoldSessionRequestDto } from './hold-session.request.dto';

@ApiTags('temporary-tables')
@Controller('temporary-tables')
export class HoldSessionController {
  constructor(private readonly commands: CommandExecutor) {}

  @Post(':tableId/sessions')
  @ApiTableId()
  @CommandOperation(holdSession, 'Record a session a temporary table held, with its attendance per group')
  holdSession(
    @TableId() tableId: string,
    @Body() body: HoldSessionRequestDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResponseDto> {
    const sessionId = body.sessionId ?? this.commands.newId(holdSession, request);
    const data = { tableId, sessionId, heldOn: body.heldOn, attendance: byTableGroup(body.attendance) };
    return this.commands.run(holdSession, data, request);
  }
}
