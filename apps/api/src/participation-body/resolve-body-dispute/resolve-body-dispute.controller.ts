import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { resolveBodyDispute } from '#application';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { CommandOperation } from '../../commands/command-operation.decorator';
import type { CommandResponseDto } from '../../commands/command-response.dto';
import { ApiBodyId, ApiDisputeId, BodyId, DisputeId } from '../body-params';
import { ResolveBodyDisputeRequestDto } from './resolve-body-dispute.request.dto';

@ApiTags('participation-bodies')
@Controller('participation-bodies')
export class ResolveBodyDisputeController {
  constructor(private readonly commands: CommandExecutor) {}

  @Post(':bodyId/disputes/:disputeId/_resolve')
  @ApiBodyId()
  @ApiDisputeId()
  @CommandOperation(resolveBodyDispute, "Resolve a dispute about the body: the independent dispute committee's ruling")
  resolveBodyDispute(
    @BodyId() bodyId: string,
    @DisputeId() disputeId: string,
    @Body() body: ResolveBodyDisputeRequestDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResponseDto> {
    return this.commands.run(resolveBodyDispute, { bodyId, disputeId, resolution: body.resolution }, request);
  }
}
