import 'reflect-metadata';
import { InvalidConfigError, loadConfig } from '#config';
import { createApp } from './create-app';
import { PinoNestLogger } from './logging/pino-nest-logger';
import { createLogger, createTokenVerifier, openStorage } from '#runtime';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config.logLevel);
  const storage = await openStorage(config, logger);
  const verifier = await createTokenVerifier(config);
  const app = await createApp({ storage, verifier }, logger, new PinoNestLogger(logger)).catch(
    async (error: unknown) => {
      await storage.close();
      throw error;
    },
  );

  let stopping = false;
  const stop = async (signal: NodeJS.Signals): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    // Requests drain first; the database goes last, so nothing in flight loses it.
    await app.close();
    await storage.close();
    logger.info('stopped');
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, (s) => void stop(s));

  await app.listen(config.port);
  logger.info(
    { url: `http://localhost:${config.port}`, health: '/health', openapi: '/api/v1/openapi.json' },
    'listening',
  );
}

function loadConfigOrExit(): ReturnType<typeof loadConfig> {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof InvalidConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
