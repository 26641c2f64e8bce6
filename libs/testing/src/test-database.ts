import { createHash } from 'node:crypto';
import { Client } from 'pg';

/** Set by the jest global setup: the embedded server every test file shares. */
export const TEST_POSTGRES_ENV = 'TEST_POSTGRES_ADMIN_URL';

/**
 * Creates an empty database named after the calling test file (and a label), so test
 * files running in parallel never see each other's rows. Re-running recreates it.
 */
export async function createTestDatabase(label = 'main'): Promise<string> {
  const adminUrl = process.env[TEST_POSTGRES_ENV];
  if (!adminUrl) throw new Error(`${TEST_POSTGRES_ENV} is not set: run the tests through jest's global setup`);
  const testPath = expect.getState().testPath ?? 'unknown';
  const safeLabel = label
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_')
    .slice(0, 30);
  const name = `t_${createHash('sha1').update(testPath).digest('hex').slice(0, 12)}_${safeLabel}`;
  const admin = new Client({ connectionString: adminUrl });
  admin.on('error', () => undefined);
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
