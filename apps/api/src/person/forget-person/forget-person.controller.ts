import { Body, Controller, Inject, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { forgetPerson, forgetPersonOperation, type CommandDefinition } from '#application';
import type { ForgetPerson, PersonEvent, PersonState } from '#domain';
import type { Storage } from '#runtime';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { CommandOperation } from '../../commands/command-operation.decorator';
import type { CommandResponseDto } from '../../commands/command-response.dto';
import { ApiUuidParam, UuidParam } from '../../http/uuid-param';
import { STORAGE } from '../../storage.tokens';
import { ForgetPersonRequestDto } from './forget-person.request.dto';

@ApiTags('persons')
@Controller('persons')
export class ForgetPersonController {
  private readonly definition: CommandDefinition<ForgetPerson, PersonEvent, PersonState>;

  constructor(
    private readonly commands: CommandExecutor,
    @Inject(STORAGE) storage: Storage,
  ) {
    this.definition = forgetPerson(storage.personKeys);
  }

  @Post(':personId/_forget')
  @ApiUuidParam('personId', 'The person whose personal data is erased everywhere, for good.')
  @CommandOperation(
    forgetPersonOperation,
    "Erase a person's personal data for good (AVG art. 17); the event trail stays whole",
  )
  forgetPerson(
    @UuidParam('personId') personId: string,
    @Body() _body: ForgetPersonRequestDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResponseDto> {
    return this.commands.run(this.definition, { personId }, request);
  }
}
