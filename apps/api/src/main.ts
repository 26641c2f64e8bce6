import 'reflect-metadata';
import type { Logger } from 'pino';
import { InvalidConfigError, loadConfig } from '#config';
import { ProjectionRunner, READ_MODEL_PROJECTIONS } from '#projections';
import { createApp } from './create-app';
import { PinoNestLogger } from './logging/pino-nest-logger';
import { loadOrCreateSigningKey } from '#auth';
import { createLogger, createTokenVerifier, openStorage, type Storage } from '#runtime';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config.logLevel);
  const storage = await openStorage(config, logger);
  if (config.role === 'projector') return runProjector(storage, logger);
  const verifier = await createTokenVerifier(config);
  // Without an identity provider the server signs its own tokens; the sign-in page may issue them.
  const localSigningKey = config.jwks ? undefined : await loadOrCreateSigningKey(config.dataDir);
  const app = await createApp(
    { storage, verifier, localSigningKey, role: config.role },
    logger,
    new PinoNestLogger(logger),
  ).catch(async (error: unknown) => {
    await storage.close();
    throw error;
  });

  // Requests drain first; the database goes last, so nothing in flight loses it.
  stopOnSignal(logger, async () => {
    await app.close();
    await storage.close();
  });

  await app.listen(config.port);
  logger.info(
    { url: `http://localhost:${config.port}`, health: '/health', openapi: '/api/v1/openapi.json' },
    'listening',
  );
}

/** `ROLE=projector`: only the read models, no HTTP listener; a signal stops it at a checkpoint. */
function runProjector(storage: Storage, logger: Logger): void {
  const runner = new ProjectionRunner(storage.sealedEventStore, storage.database, READ_MODEL_PROJECTIONS, {
    onError: (error) =>
      logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'projection batch failed'),
  });
  stopOnSignal(logger, async () => {
    await runner.stop();
    await storage.close();
  });
  runner.start();
  logger.info({ projections: READ_MODEL_PROJECTIONS.map((p) => p.name) }, 'projecting');
}

function stopOnSignal(logger: Logger, close: () => Promise<void>): void {
  let stopping = false;
  const stop = async (signal: NodeJS.Signals): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    await close();
    logger.info('stopped');
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, (s) => void stop(s));
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
