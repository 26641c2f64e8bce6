import 'reflect-metadata';
import type { Server } from 'node:http';
import type { Logger } from 'pino';
import {
  InvalidConfigError,
  loadConfig,
  loadHttpConfig,
  loadObservabilityConfig,
  loadSignInConfig,
  type SignInConfig,
} from '#config';
import { createApp } from './create-app';
import { drainHttp } from './lifecycle/drain-http';
import { applyHttpTimeouts } from './lifecycle/http-timeouts';
import { stopOnSignal } from './lifecycle/stop-on-signal';
import { PinoNestLogger } from './logging/pino-nest-logger';
import { ProjectorThread } from './read-models/projector-thread';
import { ShutdownState } from './observability/shutdown-state';
import {
  checkClaimMapping,
  discoverOidc,
  jwksTokenVerifier,
  loadOrCreateSigningKey,
  rememberingTokenVerifier,
  type OidcSignIn,
  type TokenVerifier,
} from '#auth';
import {
  createLogger,
  createTokenVerifier,
  openStorage,
  startNotificationsBeside,
  startProjector,
  type Storage,
} from '#runtime';

/** Requests still running this long after SIGTERM are cut; within compose's 30 s grace period. */
const DRAIN_TIMEOUT_MS = 20_000;

async function main(): Promise<void> {
  const config = loadConfigOrExit(() => loadConfig(process.env));
  const http = loadConfigOrExit(() => loadHttpConfig(process.env));
  const observability = loadConfigOrExit(() => loadObservabilityConfig(process.env));
  const signIn = loadConfigOrExit(() => loadSignInConfig(process.env, config.port));
  const logger = createLogger(config.logLevel);
  // Before storage opens: a provider that cannot be discovered stops the start with nothing to undo.
  const oidc = config.role === 'projector' ? undefined : await discoverProvider(signIn);
  const storage = await openStorage(config, logger);
  if (config.role === 'projector') return runProjector(storage, logger);
  const verifier = await apiTokenVerifier(config, signIn, oidc);
  // Without any identity provider the server signs its own tokens; the sign-in page may issue them.
  const localSigningKey = signIn.localSignIn ? await loadOrCreateSigningKey(config.dataDir) : undefined;
  // The read models are kept on a thread of their own, off the loop that answers requests.
  const projector =
    config.role === 'api'
      ? new ProjectorThread(
          {
            databaseUrl: storage.projectorDatabaseUrl,
            ...(config.eventStoreUrl ? { eventStoreUrl: config.eventStoreUrl } : {}),
            evidence: storage.evidence,
            logLevel: config.logLevel,
          },
          logger,
        )
      : null;
  const app = await createApp(
    {
      storage,
      verifier,
      ...(localSigningKey ? { localSigningKey } : {}),
      http,
      observability,
      documents: { storeUrl: config.documentStoreUrl, maxBytes: config.maxDocumentBytes },
      signIn: {
        ...(oidc ? { oidc } : {}),
        publicUrl: signIn.publicUrl,
        secureCookies: signIn.secureCookies,
        sessionLimits: signIn.sessions,
      },
    },
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
    await notifications?.stop();
    await storage.close();
  });
  projector?.start();
  // The projector's thread has no person keys: the reactions and their sender run here (ADR 0034).
  const notifications = projector ? startNotificationsBeside(storage, logger) : undefined;

  applyHttpTimeouts(app.getHttpServer() as Server);
  await (signIn.listenAddress === undefined ? app.listen(config.port) : app.listen(config.port, signIn.listenAddress));
  if (signIn.localSignIn) {
    logger.warn(
      { listenAddress: signIn.listenAddress ?? 'all interfaces' },
      'local sign-in is on: no identity provider is configured, so this server signs its own tokens for a browser on this machine',
    );
  }
  logger.info(
    {
      url: signIn.publicUrl,
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

/** The identity provider, discovered at start: a wrong issuer stops the server, naming it. */
async function discoverProvider(signIn: SignInConfig): Promise<OidcSignIn | undefined> {
  if (!signIn.oidc) return undefined;
  const claims = loadConfigOrExit(() => {
    try {
      return checkClaimMapping(signIn.claims);
    } catch (error) {
      throw new InvalidConfigError([(error as Error).message]);
    }
  });
  try {
    return await discoverOidc({
      ...signIn.oidc,
      redirectUri: `${signIn.publicUrl}/inloggen/terug`,
      postLogoutRedirectUri: `${signIn.publicUrl}/inloggen?uit=1`,
      claims,
    });
  } catch (error) {
    throw new Error(`OIDC_ISSUER_URL ${signIn.oidc.issuerUrl} could not be discovered: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/**
 * Bearer tokens for the API: the JWKS issuer when one is configured, else the OpenID
 * Provider's own keys, else the local key. A provider's tokens are read with the claim mapping.
 */
async function apiTokenVerifier(
  config: ReturnType<typeof loadConfig>,
  signIn: SignInConfig,
  oidc: OidcSignIn | undefined,
): Promise<TokenVerifier> {
  const jwks =
    config.jwks ??
    (oidc?.jwksUri
      ? {
          jwksUrl: oidc.jwksUri,
          issuer: oidc.issuer,
          audience: process.env['JWT_AUDIENCE']?.trim() || 'participation-engine',
        }
      : undefined);
  if (!jwks) return createTokenVerifier(config);
  return rememberingTokenVerifier(jwksTokenVerifier(jwks, signIn.claims));
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
