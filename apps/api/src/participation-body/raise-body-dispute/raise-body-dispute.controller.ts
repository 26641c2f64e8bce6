import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { raiseBodyDispute } from '#application';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { CommandOperation } from '../../commands/command-operation.decorator';
import type { CommandResponseDto } from '../../commands/command-response.dto';
import { ApiBodyId, BodyId } from '../body-params';
import { RaiseBodyDisputeRequestDto } from './raise-body-dispute.request.dto';

@ApiTags('participation-bodies')
@Controller('participation-bodies')
export class RaiseBodyDisputeController {
  constructor(private readonly commands: CommandExecutor) {}

  @Post(':bodyId/disputes')
  @ApiBodyId()
  @CommandOperation(
    raiseBodyDispute,
    'Raise a dispute between the municipality and the body about its facilities, agreements or information',
  )
  raiseBodyDispute(
    @BodyId() bodyId: string,
    @Body() body: RaiseBodyDisputeRequestDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResponseDto> {
    const disputeId = body.disputeId ?? this.commands.newId(raiseBodyDispute, request);
    const data = { bodyId, disputeId, reason: body.reason, about: body.about };
    return this.commands.run(raiseBodyDispute, data, request);
  }
}
