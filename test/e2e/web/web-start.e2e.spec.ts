import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from '#embedded-postgres';
import { createTestDatabase } from '#testing';
import { spawnApi, waitForHealthy, type RunningApi } from '../../support/spawn-api';

describe('the web pages as npm start serves them', () => {
  let dataDir: string;
  let databaseUrl: string;
  let running: RunningApi | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'participation-web-start-'));
    databaseUrl = await createTestDatabase('web-start');
  });
  afterEach(async () => {
    running?.process.kill('SIGTERM');
    await running?.exited;
    running = undefined;
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  async function start(env: Record<string, string> = {}): Promise<number> {
    const port = await findFreePort();
    running = spawnApi({
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'error',
      ...env,
    });
    await waitForHealthy(port);
    return port;
  }

  it('serves the Dutch landing page, its stylesheets, and a sign-in that issues tokens on this machine', async () => {
    const port = await start();
    const landing = await fetch(`http://127.0.0.1:${port}/`);
    expect(landing.status).toBe(200);
    expect(landing.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await landing.text()).toContain('<html lang="nl" class="utrecht-theme utrecht-theme--media-query">');
    const css = await fetch(`http://127.0.0.1:${port}/assets/utrecht-components.css`);
    expect(css.status).toBe(200);
    const signIn = await (await fetch(`http://127.0.0.1:${port}/inloggen`)).text();
    expect(signIn).toContain('name="role"');
    expect(signIn).not.toContain('name="token"');
  }, 60_000);

  it('asks for a pasted token instead when an identity provider issues them (JWKS)', async () => {
    const port = await start({
      JWT_JWKS_URL: 'https://login.gemeente.invalid/.well-known/jwks.json',
      JWT_ISSUER: 'https://login.gemeente.invalid',
    });
    const signIn = await (await fetch(`http://127.0.0.1:${port}/inloggen`)).text();
    expect(signIn).toContain('name="token"');
    expect(signIn).not.toContain('name="role"');
  }, 60_000);
});
