import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { issueLocalToken, loadOrCreateSigningKey } from '#auth';
import { findFreePort } from '#embedded-postgres';
import { createTestDatabase } from '#testing';
import { spawnApi, waitForHealthy } from '../../support/spawn-api';

async function until(condition: () => Promise<boolean> | boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('stopping the service with SIGTERM', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'participation-stop-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('refuses new connections, answers the request in flight, stops the projector at a checkpoint, exits 0', async () => {
    const databaseUrl = await createTestDatabase('graceful');
    const port = await findFreePort();
    const api = spawnApi({ PORT: String(port), DATABASE_URL: databaseUrl, DATA_DIR: dataDir });
    await waitForHealthy(port);
    const key = await loadOrCreateSigningKey(dataDir);
    const token = await issueLocalToken(key, { id: 'admin-1', roles: ['admin'], municipalities: ['GM0396'] });

    // Hold the events table, so the command below is still running when the signal comes.
    const blocker = new Client({ connectionString: databaseUrl });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE es_events IN ACCESS EXCLUSIVE MODE');
    const inFlight = fetch(`http://127.0.0.1:${port}/api/v1/municipalities`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ code: 'GM0396', name: 'Heemskerk' }),
    });
    await until(async () => {
      const { rows } = await blocker.query<{ waiting: number }>(
        `SELECT count(*)::int AS waiting FROM pg_locks WHERE NOT granted AND relation = 'es_events'::regclass`,
      );
      return (rows[0]?.waiting ?? 0) > 0;
    }, 'the command to wait for the events table');

    api.process.kill('SIGTERM');
    await until(
      () =>
        fetch(`http://127.0.0.1:${port}/health/live`).then(
          () => false,
          () => true,
        ),
      'the listener to close',
    );
    expect(api.output()).not.toContain('"msg":"stopped"');

    await blocker.query('COMMIT');
    const answered = await inFlight;
    expect(answered.status).toBe(201);
    expect(await api.exited).toBe(0);
    // 'exit' can come before the last of the child's output has been read.
    await until(() => api.output().includes('"msg":"stopped"'), 'the last log line');

    const { rows: events } = await blocker.query<{ position: string }>('SELECT position::text FROM es_events');
    await blocker.end();
    const stoppedAt = api
      .output()
      .split('\n')
      .filter((line) => line.includes('projections stopped at a checkpoint'))
      .map((line) => JSON.parse(line) as { checkpoints: Record<string, string> });
    expect(stoppedAt).toHaveLength(1);
    const checkpoints = Object.values(stoppedAt[0]?.checkpoints ?? {});
    expect(checkpoints.length).toBeGreaterThan(0);
    // Each read model stopped on an event it had folded (or before the first), never between.
    const positions = new Set(['-1', ...events.map((e) => e.position)]);
    for (const checkpoint of checkpoints) expect(positions).toContain(checkpoint);
    expect(api.output()).toMatch(
      /"msg":"stopping"[\s\S]*"msg":"projections stopped at a checkpoint"[\s\S]*"msg":"stopped"/,
    );
  }, 60_000);

  it('with SHUTDOWN_DELAY_MS, first serves on with readiness red so a load balancer can take it out', async () => {
    const port = await findFreePort();
    const api = spawnApi({
      PORT: String(port),
      DATABASE_URL: await createTestDatabase('delayed'),
      DATA_DIR: dataDir,
      SHUTDOWN_DELAY_MS: '3000',
    });
    await waitForHealthy(port);

    api.process.kill('SIGTERM');
    let ready: Response | undefined;
    await until(async () => {
      ready = await fetch(`http://127.0.0.1:${port}/health/ready`);
      return ready.status === 503;
    }, 'readiness to turn red');
    expect(await ready?.json()).toMatchObject({ error: { shutdown: { status: 'down', message: 'stopping' } } });
    expect((await fetch(`http://127.0.0.1:${port}/health/live`)).status).toBe(200);
    expect(await api.exited).toBe(0);
  }, 60_000);
});

describe('starting with a bad observability setting', () => {
  it.each([
    [{ METRICS_TOKEN: 'short' }, 'METRICS_TOKEN must be 16 to 256 visible ASCII characters'],
    [{ READINESS_MAX_PROJECTION_LAG: 'lots' }, 'READINESS_MAX_PROJECTION_LAG must be a whole number'],
  ])('stops with a message naming the variable (%o)', async (env, message) => {
    const api = spawnApi(env);
    expect(await api.exited).toBe(1);
    expect(api.output()).toContain(message);
  });
});
