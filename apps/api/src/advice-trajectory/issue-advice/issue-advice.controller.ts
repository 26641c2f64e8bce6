import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { issueAdvice } from '#application';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { CommandOperation } from '../../commands/command-operation.decorator';
import type { CommandResponseDto } from '../../commands/command-response.dto';
import { ApiTrajectoryId, TrajectoryId } from '../trajectory-id.param';
import { IssueAdviceRequestDto } from './issue-advice.request.dto';

@ApiTags('advice-trajectories')
@Controller('advice-trajectories')
export class IssueAdviceController {
  constructor(private readonly commands: CommandExecutor) {}

  @Post(':trajectoryId/advice')
  @ApiTrajectoryId()
  @CommandOperation(
    issueAdvice,
    'Issue the advice, or revise it until the college responds: summary, client perspective, recommendations',
  )
  issueAdvice(
    @TrajectoryId() trajectoryId: string,
    @Body() body: IssueAdviceRequestDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResponseDto> {
    const data = {
      trajectoryId,
      issuedOn: body.issuedOn,
      summary: body.summary,
      clientPerspective: body.clientPerspective,
      recommendations: body.recommendations.map(({ number, text }) => ({ number, text })),
      adviceKind: body.adviceKind,
    };
    return this.commands.run(issueAdvice, data, request);
  }
}
