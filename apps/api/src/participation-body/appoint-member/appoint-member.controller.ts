import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { appointMember } from '#application';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { CommandOperation } from '../../commands/command-operation.decorator';
import type { CommandResponseDto } from '../../commands/command-response.dto';
import { ApiBodyId, BodyId } from '../body-params';
import { AppointMemberRequestDto } from './appoint-member.request.dto';

@ApiTags('participation-bodies')
@Controller('participation-bodies')
export class AppointMemberController {
  constructor(private readonly commands: CommandExecutor) {}

  @Post(':bodyId/members')
  @ApiBodyId()
  @CommandOperation(appointMember, 'Appoint a member to a participation body')
  appointMember(
    @BodyId() bodyId: string,
    @Body() body: AppointMemberRequestDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResponseDto> {
    const memberId = body.memberId ?? this.commands.newId(appointMember, request);
    const data = {
      bodyId,
      memberId,
      displayName: body.displayName,
      role: body.role,
      expertise: [...body.expertise],
      ...(body.focusAreas !== undefined ? { focusAreas: [...body.focusAreas] } : {}),
      ...(body.subject !== undefined ? { subject: body.subject } : {}),
      ...(body.profile !== undefined ? { profile: { ...body.profile } } : {}),
      ...(body.profileConsent !== undefined ? { profileConsent: body.profileConsent } : {}),
      ...(body.workingGroups !== undefined ? { workingGroups: [...body.workingGroups] } : {}),
    };
    return this.commands.run(appointMember, data, request);
  }
}
