import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { draftParticipationAgenda } from '#application';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { CommandOperation } from '../../commands/command-operation.decorator';
import type { CommandResponseDto } from '../../commands/command-response.dto';
import { DraftParticipationAgendaRequestDto } from './draft-participation-agenda.request.dto';

@ApiTags('participation-agendas')
@Controller('participation-agendas')
export class DraftParticipationAgendaController {
  constructor(private readonly commands: CommandExecutor) {}

  @Post()
  @CommandOperation(draftParticipationAgenda, "Draft a participation body's agenda (participatieagenda) for a year")
  draftParticipationAgenda(
    @Body() body: DraftParticipationAgendaRequestDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResponseDto> {
    const agendaId = body.id ?? this.commands.newId(draftParticipationAgenda, request);
    const data = { agendaId, bodyId: body.bodyId, year: body.year };
    return this.commands.run(draftParticipationAgenda, data, request);
  }
}
