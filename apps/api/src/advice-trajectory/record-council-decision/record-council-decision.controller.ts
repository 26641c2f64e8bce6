import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { recordCouncilDecision } from '#application';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { CommandOperation } from '../../commands/command-operation.decorator';
import type { CommandResponseDto } from '../../commands/command-response.dto';
import { ApiTrajectoryId, TrajectoryId } from '../trajectory-id.param';
import { RecordCouncilDecisionRequestDto } from './record-council-decision.request.dto';

@ApiTags('advice-trajectories')
@Controller('advice-trajectories')
export class RecordCouncilDecisionController {
  constructor(private readonly commands: CommandExecutor) {}

  @Post(':trajectoryId/council-decisions')
  @ApiTrajectoryId()
  @CommandOperation(
    recordCouncilDecision,
    "Record a council's decision on the proposal the advice was last attached to in its municipality",
  )
  recordCouncilDecision(
    @TrajectoryId() trajectoryId: string,
    @Body() body: RecordCouncilDecisionRequestDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResponseDto> {
    const data = {
      trajectoryId,
      decidedOn: body.decidedOn,
      decision: body.decision,
      note: body.note,
      municipalityCode: body.municipalityCode,
    };
    return this.commands.run(recordCouncilDecision, data, request);
  }
}
