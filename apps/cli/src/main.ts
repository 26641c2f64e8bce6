import 'reflect-metadata';
import { Command } from 'commander';
import { InvalidConfigError } from '#config';
import { registerMigrateCommand } from './commands/migrate.command';

const program = new Command()
  .name('participation')
  .description('Operator commands for the participation engine')
  .showHelpAfterError();

registerMigrateCommand(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  const message =
    error instanceof InvalidConfigError ? error.message : error instanceof Error ? error.stack : String(error);
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
