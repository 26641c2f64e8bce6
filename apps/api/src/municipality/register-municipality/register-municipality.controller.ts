import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { registerMunicipality } from '#application';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { CommandOperation } from '../../commands/command-operation.decorator';
import type { CommandResponseDto } from '../../commands/command-response.dto';
import { RegisterMunicipalityRequestDto } from './register-municipality.request.dto';

@ApiTags('municipalities')
@Controller('municipalities')
export class RegisterMunicipalityController {
  constructor(private readonly commands: CommandExecutor) {}

  @Post()
  @CommandOperation(
    registerMunicipality,
    'Register a municipality (gemeente), the boundary of what a user may see and do',
  )
  registerMunicipality(
    @Body() body: RegisterMunicipalityRequestDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResponseDto> {
    return this.commands.run(registerMunicipality, { code: body.code, name: body.name }, request);
  }
}
