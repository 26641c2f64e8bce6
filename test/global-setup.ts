import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './browser/support/chromium';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../libs/embedded-postgres/src';
import { TEST_POSTGRES_ENV } from '../libs/testing/src/test-database';

declare global {
  var embeddedPostgresForTests: EmbeddedPostgres | undefined;
}

/**
 * One embedded PostgreSQL for the whole run, in a fresh temporary directory (readable by
 * the `postgres` user when the tests run as root). Each test file makes its own database.
 */
export default async function globalSetup(): Promise<void> {
  // Once, before the workers start: browser suites running side by side would race for apt's lock.
  if (process.getuid?.() === 0) ensureChromium();
  const dataDir = await mkdtemp(join(tmpdir(), 'participation-test-pg-'));
  const server = await startEmbeddedPostgres({ dataDir, database: 'postgres' });
  globalThis.embeddedPostgresForTests = server;
  process.env[TEST_POSTGRES_ENV] = server.connectionString;
}
