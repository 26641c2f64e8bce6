import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { recordContribution } from '#application';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { CommandOperation } from '../../commands/command-operation.decorator';
import type { CommandResponseDto } from '../../commands/command-response.dto';
import { ApiTableId, TableId } from '../table-id.param';
import { RecordContributionRequestDto } from './record-contribution.request.dto';

@ApiTags('temporary-tables')
@Controller('temporary-tables')
export class RecordContributionController {
  constructor(private readonly commands: CommandExecutor) {}

  @Post(':tableId/contributions')
  @ApiTableId()
  @CommandOperation(recordContribution, 'Record what was brought in at a temporary table, and from which perspective')
  recordContribution(
    @TableId() tableId: string,
    @Body() body: RecordContributionRequestDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResponseDto> {
    const contributionId = body.contributionId ?? this.commands.newId(recordContribution, request);
    const data = {
      tableId,
      contributionId,
      perspective: body.perspective,
      summary: body.summary,
      sessionId: body.sessionId,
    };
    return this.commands.run(recordContribution, data, request);
  }
}
