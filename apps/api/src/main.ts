import 'reflect-metadata';
import type { Server } from 'node:http';
import type { Logger } from 'pino';
import { InvalidConfigError, loadConfig, loadHttpConfig, loadObservabilityConfig } from '#config';
import { createApp } from './create-app';
import { drainHttp } from './lifecycle/drain-http';
import { applyHttpTimeouts } from './lifecycle/http-timeouts';
import { stopOnSignal } from './lifecycle/stop-on-signal';
import { PinoNestLogger } from './logging/pino-nest-logger';
import { ProjectorThread } from './read-models/projector-thread';
import { ShutdownState } from './observability/shutdown-state';
import { loadOrCreateSigningKey } from '#auth';
import { createLogger, createTokenVerifier, openStorage, startProjector, type Storage } from '#runtime';

/** Requests still running this long after SIGTERM are cut; within compose's 30 s grace period. */
const DRAIN_TIMEOUT_MS = 20_000;

async function main(): Promise<void> {
  const config = loadConfigOrExit(() => loadConfig(process.env));
  const http = loadConfigOrExit(() => loadHttpConfig(process.env));
  const observability = loadConfigOrExit(() => loadObservabilityConfig(process.env));
  const logger = createLogger(config.logLevel);
  const storage = await openStorage(config, logger);
  if (config.role === 'projector') return runProjector(storage, logger);
  const verifier = await createTokenVerifier(config);
  // Without an identity provider the server signs its own tokens; the sign-in page may issue them.
  const localSigningKey = config.jwks ? undefined : await loadOrCreateSigningKey(config.dataDir);
  // The read models are kept on a thread of their own, off the loop that answers requests.
  const projector =
    config.role === 'api'
      ? new ProjectorThread(
          {
            databaseUrl: storage.projectorDatabaseUrl,
            ...(config.eventStoreUrl ? { eventStoreUrl: config.eventStoreUrl } : {}),
            logLevel: config.logLevel,
          },
          logger,
        )
      : null;
  const app = await createApp(
    { storage, verifier, localSigningKey, http, observability },
    logger,
    new PinoNestLogger(logger),
  ).catch(async (error: unknown) => {
    await storage.close();
    throw error;
  });

  // Readiness turns red first, then requests drain, then the projector stops at a checkpoint,
  // and the database goes last, so nothing in flight loses it.
  stopOnSignal(logger, async () => {
    app.get(ShutdownState).begin();
    if (observability.shutdownDelayMs > 0) {
      logger.info({ delayMs: observability.shutdownDelayMs }, 'not ready; serving on until the delay is over');
      await new Promise((resolve) => setTimeout(resolve, observability.shutdownDelayMs));
    }
    await drainHttp(app.getHttpServer() as Server, DRAIN_TIMEOUT_MS);
    await app.close();
    await projector?.stop();
    await storage.close();
  });
  projector?.start();

  applyHttpTimeouts(app.getHttpServer() as Server);
  await app.listen(config.port);
  logger.info(
    {
      url: `http://localhost:${config.port}`,
      health: ['/health/live', '/health/ready'],
      metrics: '/metrics',
      openapi: '/api/v1/openapi.json',
    },
    'listening',
  );
}

/** `ROLE=projector`: only the read models, no HTTP listener; a signal stops it at a checkpoint. */
function runProjector(storage: Storage, logger: Logger): void {
  const projector = startProjector(storage, logger);
  stopOnSignal(logger, async () => {
    await projector.stop();
    await storage.close();
  });
}

function loadConfigOrExit<T>(load: () => T): T {
  try {
    return load();
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
