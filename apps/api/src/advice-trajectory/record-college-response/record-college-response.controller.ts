import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { recordCollegeResponse } from '#application';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { CommandOperation } from '../../commands/command-operation.decorator';
import type { CommandResponseDto } from '../../commands/command-response.dto';
import { ApiTrajectoryId, TrajectoryId } from '../trajectory-id.param';
import { RecordCollegeResponseRequestDto } from './record-college-response.request.dto';

@ApiTags('advice-trajectories')
@Controller('advice-trajectories')
export class RecordCollegeResponseController {
  constructor(private readonly commands: CommandExecutor) {}

  @Post(':trajectoryId/college-response')
  @ApiTrajectoryId()
  @CommandOperation(
    recordCollegeResponse,
    "Record the college's written response, with a decision on every recommendation",
  )
  recordCollegeResponse(
    @TrajectoryId() trajectoryId: string,
    @Body() body: RecordCollegeResponseRequestDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResponseDto> {
    const data = {
      trajectoryId,
      respondedOn: body.respondedOn,
      decisions: body.decisions.map(({ recommendationNumber, decision, reasoning }) => ({
        recommendationNumber,
        decision,
        reasoning,
      })),
      documentRef: body.documentRef,
      municipalityCode: body.municipalityCode,
    };
    return this.commands.run(recordCollegeResponse, data, request);
  }
}
