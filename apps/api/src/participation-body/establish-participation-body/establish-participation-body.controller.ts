import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { establishParticipationBody } from '#application';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { CommandOperation } from '../../commands/command-operation.decorator';
import type { CommandResponseDto } from '../../commands/command-response.dto';
import { EstablishParticipationBodyRequestDto } from './establish-participation-body.request.dto';

@ApiTags('participation-bodies')
@Controller('participation-bodies')
export class EstablishParticipationBodyController {
  constructor(private readonly commands: CommandExecutor) {}

  @Post()
  @CommandOperation(
    establishParticipationBody,
    'Establish a participation body (participatieraad, adviesraad, cliëntenraad, …)',
  )
  establishParticipationBody(
    @Body() body: EstablishParticipationBodyRequestDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResponseDto> {
    const { id, ...fields } = body;
    const bodyId = id ?? this.commands.newId(establishParticipationBody, request);
    return this.commands.run(establishParticipationBody, { bodyId, ...fields }, request);
  }
}
