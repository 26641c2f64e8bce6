import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Attendance } from '#domain';
import { holdSession } from '#application';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { CommandOperation } from '../../commands/command-operation.decorator';
import type { CommandResponseDto } from '../../commands/command-response.dto';
import { ApiTableId, TableId } from '../table-id.param';
import { type SessionAttendanceDto, HoldSessionRequestDto } from './hold-session.request.dto';

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
    const data = { tableId, sessionId, heldOn: body.heldOn, attendance: attendanceOf(body.attendance) };
    return this.commands.run(holdSession, data, request);
  }
}

/** The domain's attendance, keyed by the kebab-case group names, with the groups left out left out. */
function attendanceOf(dto: SessionAttendanceDto): Attendance {
  const counts: Attendance = {
    client: dto.client,
    'lived-experience': dto.livedExperience,
    carer: dto.carer,
    resident: dto.resident,
    youth: dto.youth,
    professional: dto.professional,
    other: dto.other,
  };
  return Object.fromEntries(Object.entries(counts).filter(([, count]) => count !== undefined));
}
