import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import type { App } from 'supertest/types';
import type { Principal } from '#application';
import { issueLocalToken, loadOrCreateSigningKey, localTokenVerifier } from '#auth';
import { DEFAULT_OBSERVABILITY, type ObservabilityConfig, type ProcessRole } from '#config';
import { ProjectionRunner, READ_MODEL_PROJECTIONS } from '#projections';
import { createLogger, openStorage, startProjector, type RunningProjector } from '#runtime';
import { createTestDatabase } from '#testing';
import { createApp } from '../../../apps/api/src/create-app';
import type { TestApp } from '../../support/test-app';

export interface ObservedApp extends TestApp {
  /** Every JSON line the application logged so far. */
  readonly logLines: () => Record<string, unknown>[];
  /** The raw log output, to search for what must never be in it. */
  readonly logText: () => string;
  /** Folds every event so far into the read models, as a projector would. */
  readonly readModelsCaughtUp: () => Promise<void>;
}

/**
 * The whole API as `startTestApp` builds it, but with the production logger (its redaction
 * included) writing into memory, and the observability settings given.
 */
export async function startObservedApp(
  label: string,
  options: { observability?: Partial<ObservabilityConfig>; role?: ProcessRole } = {},
): Promise<ObservedApp> {
  const dataDir = await mkdtemp(join(tmpdir(), 'participation-observed-'));
  const databaseUrl = await createTestDatabase(label);
  let output = '';
  const logger = createLogger('info', { write: (line: string) => (output += line) });
  const silent = pino({ level: 'silent' });
  const storage = await openStorage(
    { port: 0, databaseUrl, eventStoreUrl: undefined, dataDir, logLevel: 'silent', jwks: undefined, role: 'api' },
    silent,
  );
  const key = await loadOrCreateSigningKey(dataDir);
  const app = await createApp(
    {
      storage,
      verifier: localTokenVerifier(key),
      localSigningKey: key,
      observability: { ...DEFAULT_OBSERVABILITY, ...options.observability },
    },
    logger,
    false,
  );
  // `api-only`: no projector in this process, as when one runs elsewhere.
  const projector: RunningProjector =
    (options.role ?? 'api') === 'api' ? startProjector(storage, silent) : { stop: () => Promise.resolve() };
  return {
    app,
    http: app.getHttpServer() as App,
    storage,
    projector,
    dataDir,
    databaseUrl,
    bearer: async (roles, municipalities = ['GM0375'], sub = 'user-1') => {
      const principal: Principal = { id: sub, roles: Array.isArray(roles) ? roles : [roles], municipalities };
      return `Bearer ${await issueLocalToken(key, principal)}`;
    },
    logLines: () =>
      output
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    logText: () => output,
    readModelsCaughtUp: () =>
      new ProjectionRunner(storage.sealedEventStore, storage.database, READ_MODEL_PROJECTIONS).catchUp(),
    close: async () => {
      await app.close();
      await projector.stop();
      await storage.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Retries `check` until it passes: probes and scrapes share a reading for about a second. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
