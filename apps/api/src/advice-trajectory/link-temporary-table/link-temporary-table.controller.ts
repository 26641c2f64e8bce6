import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { linkTemporaryTable } from '#application';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { CommandOperation } from '../../commands/command-operation.decorator';
import type { CommandResponseDto } from '../../commands/command-response.dto';
import { ApiTrajectoryId, TrajectoryId } from '../trajectory-id.param';
import { LinkTemporaryTableRequestDto } from './link-temporary-table.request.dto';

@ApiTags('advice-trajectories')
@Controller('advice-trajectories')
export class LinkTemporaryTableController {
  constructor(private readonly commands: CommandExecutor) {}

  @Post(':trajectoryId/linked-tables')
  @ApiTrajectoryId()
  @CommandOperation(linkTemporaryTable, 'Link a temporary table the advice rests on')
  linkTemporaryTable(
    @TrajectoryId() trajectoryId: string,
    @Body() body: LinkTemporaryTableRequestDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResponseDto> {
    return this.commands.run(linkTemporaryTable, { trajectoryId, tableId: body.tableId }, request);
  }
}
