import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { recordEvaluationFinding } from '#application';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { CommandOperation } from '../../commands/command-operation.decorator';
import type { CommandResponseDto } from '../../commands/command-response.dto';
import { ApiUuidParam, UuidParam } from '../../http/uuid-param';
import { RecordEvaluationFindingRequestDto } from './record-evaluation-finding.request.dto';

@ApiTags('pilots')
@Controller('pilots')
export class RecordEvaluationFindingController {
  constructor(private readonly commands: CommandExecutor) {}

  @Post(':pilotId/findings')
  @ApiUuidParam('pilotId', 'The pilot.')
  @CommandOperation(
    recordEvaluationFinding,
    "Record an evaluator's qualitative finding on the pilot, beside its yardsticks",
  )
  recordEvaluationFinding(
    @UuidParam('pilotId') pilotId: string,
    @Body() body: RecordEvaluationFindingRequestDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResponseDto> {
    const findingId = body.findingId ?? this.commands.newId(recordEvaluationFinding, request);
    const data = { pilotId, findingId, topic: body.topic, finding: body.finding, recordedOn: body.recordedOn };
    return this.commands.run(recordEvaluationFinding, data, request);
  }
}
