import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { agreeParticipationAgenda } from '#application';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { CommandOperation } from '../../commands/command-operation.decorator';
import type { CommandResponseDto } from '../../commands/command-response.dto';
import { AgendaId, ApiAgendaId } from '../agenda-id.param';
import { AgreeParticipationAgendaRequestDto } from './agree-participation-agenda.request.dto';

@ApiTags('participation-agendas')
@Controller('participation-agendas')
export class AgreeParticipationAgendaController {
  constructor(private readonly commands: CommandExecutor) {}

  @Post(':agendaId/_agree')
  @ApiAgendaId()
  @CommandOperation(
    agreeParticipationAgenda,
    'Agree the participation agenda as it stands, once for each side; it is agreed when both have',
  )
  agreeParticipationAgenda(
    @AgendaId() agendaId: string,
    @Body() _body: AgreeParticipationAgendaRequestDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResponseDto> {
    return this.commands.run(agreeParticipationAgenda, { agendaId }, request);
  }
}
