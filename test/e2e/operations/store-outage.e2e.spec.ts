import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { issueLocalToken, loadOrCreateSigningKey } from '#auth';
import { findFreePort } from '#embedded-postgres';
import { startOwnPostgres, type OwnPostgres } from '../../support/own-postgres';
import { spawnApi, waitForHealthy, type RunningApi } from '../../support/spawn-api';

/** Asks `path` until it answers `status`; answers the body. */
async function waitForStatus(port: number, path: string, status: number, timeoutMs = 30_000): Promise<unknown> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    const response = await fetch(`http://127.0.0.1:${port}${path}`).catch(() => null);
    if (response?.status === status) return response.json();
    last = response ? `${response.status} ${await response.text()}` : 'no answer';
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${path} did not answer ${status} within ${timeoutMs} ms; last: ${last}`);
}

describe('when the database goes away under the running service', () => {
  let postgres: OwnPostgres;
  let api: RunningApi;
  let dataDir: string;
  let port: number;
  beforeAll(async () => {
    postgres = await startOwnPostgres();
    dataDir = await mkdtemp(join(tmpdir(), 'participation-outage-'));
    port = await findFreePort();
    api = spawnApi({ PORT: String(port), DATABASE_URL: postgres.url, DATA_DIR: dataDir });
    await waitForHealthy(port);
  }, 60_000);
  afterAll(async () => {
    api.process.kill('SIGKILL');
    await postgres.remove();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('turns readiness red, stays alive, and is ready again by itself once the database is back', async () => {
    await waitForStatus(port, '/health/ready', 200);

    await postgres.stop();
    const down = await waitForStatus(port, '/health/ready', 503);
    expect(down).toMatchObject({
      status: 'error',
      error: { eventStore: { status: 'down' }, database: { status: 'down' } },
    });
    await waitForStatus(port, '/health/live', 200, 5_000);

    await postgres.start();
    const up = await waitForStatus(port, '/health/ready', 200);
    expect(up).toMatchObject({ status: 'ok', details: { eventStore: { status: 'up' }, database: { status: 'up' } } });

    // Commands are written again, and the projector inside picks them up.
    const key = await loadOrCreateSigningKey(dataDir);
    const token = await issueLocalToken(key, { id: 'admin-1', roles: ['admin'], municipalities: ['GM0375'] });
    const created = await fetch(`http://127.0.0.1:${port}/api/v1/municipalities`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ code: 'GM0375', name: 'Beverwijk' }),
    });
    expect(created.status).toBe(201);
    const { position } = (await created.json()) as { position: number };
    const signals = await fetch(`http://127.0.0.1:${port}/api/v1/signals?minPosition=${position}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(signals.status).toBe(200);

    api.process.kill('SIGTERM');
    expect(await api.exited).toBe(0);
    const lines = api.output();
    expect(lines).toContain('"msg":"not ready"');
    expect(lines).toContain('"msg":"ready again"');
  }, 90_000);
});
