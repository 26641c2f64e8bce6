import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { closeTemporaryTable } from '#application';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { CommandOperation } from '../../commands/command-operation.decorator';
import type { CommandResponseDto } from '../../commands/command-response.dto';
import { byTableGroup } from '../table-group-fields';
import { ApiTableId, TableId } from '../table-id.param';
import { CloseTemporaryTableRequestDto } from './close-temporary-table.request.dto';

@ApiTags('temporary-tables')
@Controller('temporary-tables')
export class CloseTemporaryTableController {
  constructor(private readonly commands: CommandExecutor) {}

  @Post(':tableId/_close')
  @ApiTableId()
  @CommandOperation(
    closeTemporaryTable,
    'Close a temporary table with its outcome; refused unless the client perspective was heard or waived',
  )
  closeTemporaryTable(
    @TableId() tableId: string,
    @Body() body: CloseTemporaryTableRequestDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResponseDto> {
    const data = {
      tableId,
      outcome: body.outcome,
      summary: body.summary,
      clientPerspectiveWaiver: body.clientPerspectiveWaiver,
      ...(body.missingGroupReasons === undefined
        ? {}
        : { missingGroupReasons: byTableGroup(body.missingGroupReasons) }),
    };
    return this.commands.run(closeTemporaryTable, data, request);
  }
}
