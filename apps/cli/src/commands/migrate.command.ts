import type { Command } from 'commander';
import { loadConfig } from '#config';
import { createLogger, openStorage } from '#runtime';

/**
 * Brings every schema up to date without starting the server, for deployments that
 * migrate in a separate step before rolling out replicas.
 */
export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('run the database migrations (the server also runs them on start)')
    .action(async () => {
      const config = loadConfig(process.env);
      const logger = createLogger(config.logLevel);
      const storage = await openStorage(config, logger);
      await storage.close();
      logger.info('migrations are up to date');
    });
}
