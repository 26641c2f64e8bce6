import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { forgetPerson, forgetPersonOperation } from '#application';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { CommandOperation } from '../../commands/command-operation.decorator';
import type { CommandResponseDto } from '../../commands/command-response.dto';
import { ApiUuidParam, UuidParam } from '../../http/uuid-param';
import { ForgetPersonRequestDto } from './forget-person.request.dto';

@ApiTags('persons')
@Controller('persons')
export class ForgetPersonController {
  private readonly definition = forgetPerson();

  constructor(private readonly commands: CommandExecutor) {}

  @Post(':personId/_forget')
  @ApiUuidParam('personId', 'The person whose personal data is to be erased everywhere, for good.')
  @CommandOperation(
    forgetPersonOperation,
    "Ask to erase a person's personal data for good (AVG art. 17); a second admin confirms it (ConfirmForgetPerson)",
  )
  forgetPerson(
    @UuidParam('personId') personId: string,
    @Body() _body: ForgetPersonRequestDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResponseDto> {
    return this.commands.run(this.definition, { personId }, request);
  }
}
