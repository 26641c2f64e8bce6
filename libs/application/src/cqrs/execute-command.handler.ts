import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '#event-store';
import type { CommandResult } from '../commands/command-request';
import { executeCommand } from '../commands/execute-command';
import { RuleStreams } from '../commands/rule-streams';
import { ExecuteCommand } from './execute-command';

/** The one command handler: the generic read–decide–append for every stream type. */
@CommandHandler(ExecuteCommand)
export class ExecuteCommandHandler implements ICommandHandler<ExecuteCommand> {
  /** One for the process, so that rules read only what was appended since they last looked. */
  private readonly rules: RuleStreams;

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {
    this.rules = new RuleStreams(store);
  }

  execute(command: ExecuteCommand): Promise<CommandResult> {
    return executeCommand(this.store, command.definition, command.request, this.rules);
  }
}
