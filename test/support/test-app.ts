import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Pool } from 'pg';
import pino from 'pino';
import type { App } from 'supertest/types';
import type { Principal, Role } from '#application';
import type { AppConfig, HttpConfig } from '#config';
import { issueLocalToken, loadOrCreateSigningKey, localTokenVerifier, type LocalSigningKey } from '#auth';
import { openStorage, startProjector, type RunningProjector, type Storage } from '#runtime';
import { createTestDatabase, testRoleUrls } from '#testing';
import type { SignInDependencies } from '../../apps/api/src/app.module';
import { createApp } from '../../apps/api/src/create-app';

export interface TestApp {
  readonly app: INestApplication;
  readonly http: App;
  readonly storage: Storage;
  /** The read models' projector, running in this process (`close` stops it). */
  readonly projector: RunningProjector;
  /** Where the app keeps its local signing key (what `DATA_DIR` is to the CLI). */
  readonly dataDir: string;
  /**
   * Its own database as the test server's superuser: for the CLI a spec runs, and for what the
   * app's own roles may not do. The app itself connects as the roles of ADR 32.
   */
  readonly databaseUrl: string;
  /** A bearer header for a caller with these roles in these municipalities. */
  bearer(roles: Role | Role[], municipalities?: string[], sub?: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Tests send far more requests per caller than a person would: unless a test says otherwise,
 * the rate limit is out of reach.
 */
const TEST_HTTP_CONFIG: HttpConfig = {
  corsOrigins: [],
  rateLimit: { max: 1_000_000, windowSeconds: 60 },
  trustProxy: 0,
};

/**
 * The whole API on a fresh database, as `main` builds it, with a local signing key and the
 * projector running in this process.
 */
export async function startTestApp(
  label = 'api',
  http: HttpConfig = TEST_HTTP_CONFIG,
  /** The pages' sign-in (an OpenID Provider, cookies, session limits, a clock); local when absent. */
  signIn?: SignInDependencies,
): Promise<TestApp> {
  const dataDir = await mkdtemp(join(tmpdir(), 'participation-app-'));
  const databaseUrl = await createTestDatabase(label);
  const logger = pino({ level: 'silent' });
  const storage = await openStorage(
    {
      port: 0,
      ...databaseRoles(databaseUrl),
      eventStoreUrl: undefined,
      dataDir,
      logLevel: 'silent',
      jwks: undefined,
      role: 'api',
    },
    logger,
  );
  const key: LocalSigningKey = await loadOrCreateSigningKey(dataDir);
  const app = await createApp(
    { storage, verifier: localTokenVerifier(key), localSigningKey: key, http, ...(signIn ? { signIn } : {}) },
    logger,
    false,
  );
  const projector = startProjector(storage, logger);
  const testApp: TestApp = {
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
    close: async () => {
      await app.close();
      await projector.stop();
      await storage.close();
      await adminPools.get(testApp)?.end();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  return testApp;
}

const adminPools = new WeakMap<TestApp, Pool>();

/**
 * The app's database as the test server's superuser, for a spec that tampers with storage as
 * someone with database access would: the app's own role may not change events or read models
 * (ADR 32). Opened on first use; `close` of an app `startTestApp` made ends it. The app never
 * uses it.
 */
export function adminDatabase(api: TestApp): Pool {
  let pool = adminPools.get(api);
  if (!pool) {
    pool = new Pool({ connectionString: api.databaseUrl, max: 2 });
    pool.on('error', () => undefined);
    adminPools.set(api, pool);
  }
  return pool;
}

/**
 * The app connects as production does (ADR 32): migrations as the owner, the API and its
 * projector as their own roles, so every spec runs under the rights production has. A spec
 * that tampers with storage does so through {@link adminDatabase}. `TEST_DATABASE_ROLES=single`
 * brings back one superuser connection for everything, to tell a rights problem from another.
 */
function databaseRoles(
  databaseUrl: string,
): Pick<AppConfig, 'databaseUrl' | 'databaseOwnerUrl' | 'databaseProjectorUrl'> {
  if (process.env['TEST_DATABASE_ROLES'] === 'single') return { databaseUrl };
  const roles = testRoleUrls(databaseUrl);
  return { databaseUrl: roles.app, databaseOwnerUrl: roles.owner, databaseProjectorUrl: roles.projector };
}
