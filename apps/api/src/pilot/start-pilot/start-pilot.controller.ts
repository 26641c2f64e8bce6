import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { startPilot } from '#application';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { CommandOperation } from '../../commands/command-operation.decorator';
import type { CommandResponseDto } from '../../commands/command-response.dto';
import { StartPilotRequestDto } from './start-pilot.request.dto';

@ApiTags('pilots')
@Controller('pilots')
export class StartPilotController {
  constructor(private readonly commands: CommandExecutor) {}

  @Post()
  @CommandOperation(startPilot, 'Start a pilot of the new way of working, with its criteria and targets')
  startPilot(@Body() body: StartPilotRequestDto, @Req() request: AuthenticatedRequest): Promise<CommandResponseDto> {
    const { id, criteria, ...fields } = body;
    const pilotId = id ?? this.commands.newId(startPilot, request);
    const plainCriteria = criteria.map(({ metric, target }) => ({ metric, target }));
    return this.commands.run(startPilot, { pilotId, criteria: plainCriteria, ...fields }, request);
  }
}
