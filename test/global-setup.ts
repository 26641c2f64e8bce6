import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../libs/embedded-postgres/src';
import { TEST_POSTGRES_ENV, TEST_POSTGRES_ROLES_ENV } from '../libs/testing/src/test-database';

declare global {
  var embeddedPostgresForTests: EmbeddedPostgres | undefined;
}

/**
 * One embedded PostgreSQL for the whole run, in a fresh temporary directory (readable by
 * the `postgres` user when the tests run as root). Each test file makes its own database.
 * The integration, e2e and browser tiers each name a global setup; whichever runs first starts
 * the server, and the others find it running.
 */
export default async function globalSetup(): Promise<void> {
  if (globalThis.embeddedPostgresForTests) return;
  const dataDir = await mkdtemp(join(tmpdir(), 'participation-test-pg-'));
  const server = await startEmbeddedPostgres({ dataDir, database: 'postgres' });
  globalThis.embeddedPostgresForTests = server;
  process.env[TEST_POSTGRES_ENV] = server.connectionString;
  // The server made the roles of ADR 32 when it started; test databases are owned by the owner.
  process.env[TEST_POSTGRES_ROLES_ENV] = JSON.stringify({
    owner: server.urlAs('owner'),
    app: server.urlAs('app'),
    projector: server.urlAs('projector'),
  });
}
