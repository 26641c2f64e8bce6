import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { startAdviceTrajectory } from '#application';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { CommandOperation } from '../../commands/command-operation.decorator';
import type { CommandResponseDto } from '../../commands/command-response.dto';
import { StartAdviceTrajectoryRequestDto } from './start-advice-trajectory.request.dto';

@ApiTags('advice-trajectories')
@Controller('advice-trajectories')
export class StartAdviceTrajectoryController {
  constructor(private readonly commands: CommandExecutor) {}

  @Post()
  @CommandOperation(
    startAdviceTrajectory,
    'Start an advice trajectory: solicited by the municipality (officials) or unsolicited by the body (members)',
  )
  startAdviceTrajectory(
    @Body() body: StartAdviceTrajectoryRequestDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResponseDto> {
    const data = {
      trajectoryId: body.id ?? this.commands.newId(startAdviceTrajectory, request),
      municipalityCode: body.municipalityCode,
      bodyId: body.bodyId,
      kind: body.kind,
      subject: body.subject,
      domain: body.domain,
      policyPhase: body.policyPhase,
      responseDueOn: body.responseDueOn,
      question: body.question,
      adviceDueOn: body.adviceDueOn,
      responsibleOfficial: body.responsibleOfficial,
      portfolioHolder: body.portfolioHolder,
      addressedTo: body.addressedTo,
    };
    return this.commands.run(startAdviceTrajectory, data, request);
  }
}
