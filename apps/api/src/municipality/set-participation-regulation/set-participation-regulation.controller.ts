import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { setParticipationRegulation } from '#application';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { CommandOperation } from '../../commands/command-operation.decorator';
import type { CommandResponseDto } from '../../commands/command-response.dto';
import { ApiMunicipalityCode, MunicipalityCode } from '../municipality-code.param';
import { SetParticipationRegulationRequestDto } from './set-participation-regulation.request.dto';

@ApiTags('municipalities')
@Controller('municipalities')
export class SetParticipationRegulationController {
  constructor(private readonly commands: CommandExecutor) {}

  @Post(':code/regulation')
  @ApiMunicipalityCode()
  @CommandOperation(
    setParticipationRegulation,
    "Set the municipality's participation regulation: response and advice terms, consultation norms",
  )
  setParticipationRegulation(
    @MunicipalityCode() code: string,
    @Body() body: SetParticipationRegulationRequestDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResponseDto> {
    const data = {
      code,
      ...(body.responseTermDays !== undefined ? { responseTermDays: body.responseTermDays } : {}),
      ...(body.adviceTermDays !== undefined ? { adviceTermDays: body.adviceTermDays } : {}),
      ...(body.aldermanConsultationsPerYear !== undefined
        ? { aldermanConsultationsPerYear: body.aldermanConsultationsPerYear }
        : {}),
      ...(body.programmeManagerConsultationEveryMonths !== undefined
        ? { programmeManagerConsultationEveryMonths: body.programmeManagerConsultationEveryMonths }
        : {}),
    };
    return this.commands.run(setParticipationRegulation, data, request);
  }
}
