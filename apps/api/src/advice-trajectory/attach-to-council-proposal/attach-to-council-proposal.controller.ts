import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { attachToCouncilProposal } from '#application';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { CommandOperation } from '../../commands/command-operation.decorator';
import type { CommandResponseDto } from '../../commands/command-response.dto';
import { ApiTrajectoryId, TrajectoryId } from '../trajectory-id.param';
import { AttachToCouncilProposalRequestDto } from './attach-to-council-proposal.request.dto';

@ApiTags('advice-trajectories')
@Controller('advice-trajectories')
export class AttachToCouncilProposalController {
  constructor(private readonly commands: CommandExecutor) {}

  @Post(':trajectoryId/council-proposals')
  @ApiTrajectoryId()
  @CommandOperation(
    attachToCouncilProposal,
    'Attach the advice and the college response to a council proposal (raadsvoorstel)',
  )
  attachToCouncilProposal(
    @TrajectoryId() trajectoryId: string,
    @Body() body: AttachToCouncilProposalRequestDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResponseDto> {
    const data = {
      trajectoryId,
      proposalRef: body.proposalRef,
      attachedOn: body.attachedOn,
      proposalUrl: body.proposalUrl,
      municipalityCode: body.municipalityCode,
    };
    return this.commands.run(attachToCouncilProposal, data, request);
  }
}
