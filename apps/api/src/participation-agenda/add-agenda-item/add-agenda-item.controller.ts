import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { addAgendaItem } from '#application';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { CommandOperation } from '../../commands/command-operation.decorator';
import type { CommandResponseDto } from '../../commands/command-response.dto';
import { AgendaId, ApiAgendaId } from '../agenda-id.param';
import { AddAgendaItemRequestDto } from './add-agenda-item.request.dto';

@ApiTags('participation-agendas')
@Controller('participation-agendas')
export class AddAgendaItemController {
  constructor(private readonly commands: CommandExecutor) {}

  @Post(':agendaId/items')
  @ApiAgendaId()
  @CommandOperation(addAgendaItem, 'Add an item to a participation agenda')
  addAgendaItem(
    @AgendaId() agendaId: string,
    @Body() body: AddAgendaItemRequestDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResponseDto> {
    const itemId = body.itemId ?? this.commands.newId(addAgendaItem, request);
    const data = {
      agendaId,
      itemId,
      theme: body.theme,
      source: body.source,
      ...(body.signalIds !== undefined ? { signalIds: [...body.signalIds] } : {}),
    };
    return this.commands.run(addAgendaItem, data, request);
  }
}
