import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { recordSelfEvaluation } from '#application';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { CommandOperation } from '../../commands/command-operation.decorator';
import type { CommandResponseDto } from '../../commands/command-response.dto';
import { ApiBodyId, BodyId } from '../body-params';
import { RecordSelfEvaluationRequestDto } from './record-self-evaluation.request.dto';

@ApiTags('participation-bodies')
@Controller('participation-bodies')
export class RecordSelfEvaluationController {
  constructor(private readonly commands: CommandExecutor) {}

  @Post(':bodyId/self-evaluations')
  @ApiBodyId()
  @CommandOperation(recordSelfEvaluation, "Record the body's yearly self-evaluation")
  recordSelfEvaluation(
    @BodyId() bodyId: string,
    @Body() body: RecordSelfEvaluationRequestDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResponseDto> {
    const data = { bodyId, year: body.year, summary: body.summary };
    return this.commands.run(recordSelfEvaluation, data, request);
  }
}
