import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import type { App } from 'supertest/types';
import type { Principal, Role } from '#application';
import { issueLocalToken, loadOrCreateSigningKey, localTokenVerifier } from '#auth';
import { openStorage, startProjector } from '#runtime';
import { createTestDatabase } from '#testing';
import { createApp } from '../../../apps/api/src/create-app';
import type { DocumentsConfig } from '../../../apps/api/src/documents/documents.providers';
import type { TestApp } from '../../support/test-app';

/** The whole API as `startTestApp` builds it, with documents kept where `documents` says. */
export async function startDocumentsApp(label: string, documents: DocumentsConfig): Promise<TestApp> {
  const dataDir = await mkdtemp(join(tmpdir(), 'participation-documents-'));
  const databaseUrl = await createTestDatabase(label);
  const logger = pino({ level: 'silent' });
  const storage = await openStorage(
    { port: 0, databaseUrl, eventStoreUrl: undefined, dataDir, logLevel: 'silent', jwks: undefined, role: 'api' },
    logger,
  );
  const key = await loadOrCreateSigningKey(dataDir);
  const app = await createApp(
    {
      storage,
      verifier: localTokenVerifier(key),
      localSigningKey: key,
      http: { corsOrigins: [], rateLimit: { max: 1_000_000, windowSeconds: 60 }, trustProxy: 0 },
      documents,
    },
    logger,
    false,
  );
  const projector = startProjector(storage, logger);
  return {
    app,
    http: app.getHttpServer() as App,
    storage,
    projector,
    dataDir,
    databaseUrl,
    bearer: async (roles: Role | Role[], municipalities = ['GM0375'], sub = 'user-1') => {
      const principal: Principal = { id: sub, roles: Array.isArray(roles) ? roles : [roles], municipalities };
      return `Bearer ${await issueLocalToken(key, principal)}`;
    },
    close: async () => {
      await app.close();
      await projector.stop();
      await storage.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
