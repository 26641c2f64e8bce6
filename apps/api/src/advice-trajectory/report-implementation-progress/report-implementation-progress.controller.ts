import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { reportImplementationProgress } from '#application';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { CommandOperation } from '../../commands/command-operation.decorator';
import type { CommandResponseDto } from '../../commands/command-response.dto';
import { ApiTrajectoryId, TrajectoryId } from '../trajectory-id.param';
import { ReportImplementationProgressRequestDto } from './report-implementation-progress.request.dto';

@ApiTags('advice-trajectories')
@Controller('advice-trajectories')
export class ReportImplementationProgressController {
  constructor(private readonly commands: CommandExecutor) {}

  @Post(':trajectoryId/implementation-progress')
  @ApiTrajectoryId()
  @CommandOperation(reportImplementationProgress, 'Report how the implementation of one recommendation stands')
  reportImplementationProgress(
    @TrajectoryId() trajectoryId: string,
    @Body() body: ReportImplementationProgressRequestDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResponseDto> {
    const data = {
      trajectoryId,
      recommendationNumber: body.recommendationNumber,
      status: body.status,
      reportedOn: body.reportedOn,
      note: body.note,
    };
    return this.commands.run(reportImplementationProgress, data, request);
  }
}
