import { createHash } from 'node:crypto';
import { Client } from 'pg';

/** Set by the jest global setup: the embedded server every test file shares. */
export const TEST_POSTGRES_ENV = 'TEST_POSTGRES_ADMIN_URL';

/** Set by the jest global setup: the owner, application and projector roles (ADR 32), as JSON URLs. */
export const TEST_POSTGRES_ROLES_ENV = 'TEST_POSTGRES_ROLE_URLS';

/** Connection strings to one test database as each of the roles of ADR 32. */
export interface TestRoleUrls {
  readonly owner: string;
  readonly app: string;
  readonly projector: string;
}

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
    // Owned by the owner role, so migrations may run as it (the superuser's URL is answered all the same).
    const owner = process.env[TEST_POSTGRES_ROLES_ENV] ? ' OWNER participation_owner' : '';
    await admin.query(`CREATE DATABASE ${name}${owner}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * The same database as `databaseUrl` (from {@link createTestDatabase}) as the owner, the
 * application and the projector: run migrations as `owner`, then `grantLeastPrivilege`, then
 * connect as `app` to test what the application's role may and may not do.
 */
export function testRoleUrls(databaseUrl: string): TestRoleUrls {
  const roles = process.env[TEST_POSTGRES_ROLES_ENV];
  if (!roles) throw new Error(`${TEST_POSTGRES_ROLES_ENV} is not set: run the tests through jest's global setup`);
  const database = new URL(databaseUrl).pathname;
  const at = (url: string): string => {
    const moved = new URL(url);
    moved.pathname = database;
    return moved.toString();
  };
  const urls = JSON.parse(roles) as TestRoleUrls;
  return { owner: at(urls.owner), app: at(urls.app), projector: at(urls.projector) };
}
