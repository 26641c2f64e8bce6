import { Body, Controller, Inject, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { confirmForgetPerson, confirmForgetPersonOperation, type CommandDefinition } from '#application';
import type { ConfirmForgetPerson, PersonEvent, PersonState } from '#domain';
import type { Storage } from '#runtime';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { CommandExecutor } from '../../commands/command-executor';
import { CommandOperation } from '../../commands/command-operation.decorator';
import type { CommandResponseDto } from '../../commands/command-response.dto';
import { ApiUuidParam, UuidParam } from '../../http/uuid-param';
import { STORAGE } from '../../storage.tokens';
import { ConfirmForgetPersonRequestDto } from './confirm-forget-person.request.dto';

@ApiTags('persons')
@Controller('persons')
export class ConfirmForgetPersonController {
  private readonly definition: CommandDefinition<ConfirmForgetPerson, PersonEvent, PersonState>;

  constructor(
    private readonly commands: CommandExecutor,
    @Inject(STORAGE) storage: Storage,
  ) {
    this.definition = confirmForgetPerson(storage.personKeys);
  }

  @Post(':personId/forgetting/_confirm')
  @ApiUuidParam('personId', 'The person whose erasure another admin asked for.')
  @CommandOperation(
    confirmForgetPersonOperation,
    "Confirm, as a second admin, the request to erase a person's personal data; the erasure happens now",
  )
  confirmForgetPerson(
    @UuidParam('personId') personId: string,
    @Body() _body: ConfirmForgetPersonRequestDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<CommandResponseDto> {
    return this.commands.run(this.definition, { personId }, request);
  }
}
