import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '#event-store';
import type { CommandResult } from '../commands/command-request';
import { executeCommand } from '../commands/execute-command';
import { ExecuteCommand } from './execute-command';

/** The one command handler: the generic read–decide–append for every stream type. */
@CommandHandler(ExecuteCommand)
export class ExecuteCommandHandler implements ICommandHandler<ExecuteCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute(command: ExecuteCommand): Promise<CommandResult> {
    return executeCommand(this.store, command.definition, command.request);
  }
}
