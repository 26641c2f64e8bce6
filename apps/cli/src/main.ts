import 'reflect-metadata';
import { Command } from 'commander';
import { InvalidConfigError } from '#config';
import { registerDemoCommand } from './demo/demo.command';
import { registerEvidenceCommands } from './commands/evidence.command';
import { registerMigrateCommand } from './commands/migrate.command';
import { registerRebuildCommand } from './commands/rebuild.command';
import { registerTokenCommand } from './commands/token.command';
import { registerVerifyCommand } from './commands/verify.command';

const program = new Command()
  .name('participation')
  .description('Operator commands for the participation engine')
  .showHelpAfterError();

registerDemoCommand(program);
registerEvidenceCommands(program);
registerMigrateCommand(program);
registerRebuildCommand(program);
registerTokenCommand(program);
registerVerifyCommand(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  // Operator mistakes read as one line; anything else keeps its stack for the bug report.
  const operatorMistake =
    error instanceof InvalidConfigError || (error instanceof Error && error.constructor === Error);
  const message = operatorMistake ? error.message : error instanceof Error ? error.stack : String(error);
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
