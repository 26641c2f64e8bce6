import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { endMembership } from '#application';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { CommandOperation } from '../../commands/command-operation.decorator';
import type { CommandResponseDto } from '../../commands/command-response.dto';
import { ApiBodyId, ApiMemberId, BodyId, MemberId } from '../body-params';
import { EndMembershipRequestDto } from './end-membership.request.dto';

@ApiTags('participation-bodies')
@Controller('participation-bodies')
export class EndMembershipController {
  constructor(private readonly commands: CommandExecutor) {}

  @Post(':bodyId/members/:memberId/_end')
  @ApiBodyId()
  @ApiMemberId()
  @CommandOperation(endMembership, "End a member's membership of a participation body")
  endMembership(
    @BodyId() bodyId: string,
    @MemberId() memberId: string,
    @Body() body: EndMembershipRequestDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResponseDto> {
    return this.commands.run(endMembership, { bodyId, memberId, reason: body.reason }, request);
  }
}
