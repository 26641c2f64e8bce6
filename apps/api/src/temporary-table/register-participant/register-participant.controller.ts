import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { registerParticipant } from '#application';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { CommandOperation } from '../../commands/command-operation.decorator';
import type { CommandResponseDto } from '../../commands/command-response.dto';
import { ApiTableId, TableId } from '../table-id.param';
import { RegisterParticipantRequestDto } from './register-participant.request.dto';

@ApiTags('temporary-tables')
@Controller('temporary-tables')
export class RegisterParticipantController {
  constructor(private readonly commands: CommandExecutor) {}

  @Post(':tableId/participants')
  @ApiTableId()
  @CommandOperation(
    registerParticipant,
    'Register a participant at a temporary table, with their perspective and consent',
  )
  registerParticipant(
    @TableId() tableId: string,
    @Body() body: RegisterParticipantRequestDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResponseDto> {
    const participantId = body.participantId ?? this.commands.newId(registerParticipant, request);
    const data = {
      tableId,
      participantId,
      perspective: body.perspective,
      consent: body.consent,
      displayName: body.displayName,
      ageBand: body.ageBand,
      area: body.area,
    };
    return this.commands.run(registerParticipant, data, request);
  }
}
