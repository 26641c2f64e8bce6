import { Command as CqrsCommand } from '@nestjs/cqrs';
import type { Command, DomainEvent } from '#domain';
import type { CommandDefinition } from '../commands/command-definition';
import type { CommandRequest, CommandResult } from '../commands/command-request';

/** The bus message for any operation of the contract; its definition says how to run it. */
export class ExecuteCommand<
  TCommand extends Command = Command,
  TEvent extends DomainEvent = DomainEvent,
  TState = unknown,
> extends CqrsCommand<CommandResult> {
  constructor(
    readonly definition: CommandDefinition<TCommand, TEvent, TState>,
    readonly request: CommandRequest<TCommand['data']>,
  ) {
    super();
  }
}
