import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { openTemporaryTable } from '#application';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { CommandOperation } from '../../commands/command-operation.decorator';
import type { CommandResponseDto } from '../../commands/command-response.dto';
import { OpenTemporaryTableRequestDto } from './open-temporary-table.request.dto';

@ApiTags('temporary-tables')
@Controller('temporary-tables')
export class OpenTemporaryTableController {
  constructor(private readonly commands: CommandExecutor) {}

  @Post()
  @CommandOperation(
    openTemporaryTable,
    'Open a temporary table (theme table, panel, think-along group, …) on a question',
  )
  openTemporaryTable(
    @Body() body: OpenTemporaryTableRequestDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResponseDto> {
    const tableId = body.id ?? this.commands.newId(openTemporaryTable, request);
    const data = {
      tableId,
      municipalityCode: body.municipalityCode,
      bodyId: body.bodyId,
      theme: body.theme,
      question: body.question,
      initiatedBy: body.initiatedBy,
      form: body.form,
      expectedGroups: [...body.expectedGroups],
      plannedUntil: body.plannedUntil,
    };
    return this.commands.run(openTemporaryTable, data, request);
  }
}
