import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { agreeParticipationApproach } from '#application';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { CommandOperation } from '../../commands/command-operation.decorator';
import type { CommandResponseDto } from '../../commands/command-response.dto';
import { ApiTrajectoryId, TrajectoryId } from '../trajectory-id.param';
import { AgreeParticipationApproachRequestDto } from './agree-participation-approach.request.dto';

@ApiTags('advice-trajectories')
@Controller('advice-trajectories')
export class AgreeParticipationApproachController {
  constructor(private readonly commands: CommandExecutor) {}

  @Post(':trajectoryId/participation-approach')
  @ApiTrajectoryId()
  @CommandOperation(
    agreeParticipationApproach,
    'Propose how residents and clients take part in the trajectory (forms, phases, roles); the other side confirms it',
  )
  agreeParticipationApproach(
    @TrajectoryId() trajectoryId: string,
    @Body() body: AgreeParticipationApproachRequestDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResponseDto> {
    const data = { trajectoryId, forms: [...body.forms], phases: [...body.phases], roles: body.roles };
    return this.commands.run(agreeParticipationApproach, data, request);
  }
}
