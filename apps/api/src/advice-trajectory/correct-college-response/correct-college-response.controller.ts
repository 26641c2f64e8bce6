import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { correctCollegeResponse } from '#application';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { CommandOperation } from '../../commands/command-operation.decorator';
import type { CommandResponseDto } from '../../commands/command-response.dto';
import { ApiTrajectoryId, TrajectoryId } from '../trajectory-id.param';
import { CorrectCollegeResponseRequestDto } from './correct-college-response.request.dto';

@ApiTags('advice-trajectories')
@Controller('advice-trajectories')
export class CorrectCollegeResponseController {
  constructor(private readonly commands: CommandExecutor) {}

  @Post(':trajectoryId/college-response/_correct')
  @ApiTrajectoryId()
  @CommandOperation(
    correctCollegeResponse,
    'Correct a mistaken college response: the history keeps both, the correction is current',
  )
  correctCollegeResponse(
    @TrajectoryId() trajectoryId: string,
    @Body() body: CorrectCollegeResponseRequestDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResponseDto> {
    const data = {
      trajectoryId,
      reason: body.reason,
      decisions: body.decisions.map(({ recommendationNumber, decision, reasoning }) => ({
        recommendationNumber,
        decision,
        reasoning,
      })),
      municipalityCode: body.municipalityCode,
    };
    return this.commands.run(correctCollegeResponse, data, request);
  }
}
