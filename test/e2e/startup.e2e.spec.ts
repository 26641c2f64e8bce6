import { execFile } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { findFreePort } from '#embedded-postgres';
import { PostgresEventStore } from '#event-store/postgres';
import { eventFactory } from '#event-store/testing';
import { spawnApi, waitForHealthy } from '../support/spawn-api';

const NOBODY = 65534;

/** Connection string of the embedded server a running API started in `dataDir`. */
async function embeddedUrl(dataDir: string): Promise<string> {
  const { user, password } = JSON.parse(await readFile(join(dataDir, 'embedded-postgres.json'), 'utf8')) as {
    user: string;
    password: string;
  };
  const port = (await readFile(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[3];
  return `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/participation`;
}

describe('starting the service on the embedded default', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'participation-start-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('answers /health with both stores up, stops on Ctrl-C and finds its events again', async () => {
    const port = await findFreePort();
    const first = spawnApi({ PORT: String(port), DATA_DIR: dataDir });
    const { body } = await waitForHealthy(port);
    expect(body).toMatchObject({
      status: 'up',
      checks: { eventStore: { status: 'up', adapter: 'postgres' }, database: { status: 'up', embedded: true } },
    });
    const store = new PostgresEventStore({ connectionString: await embeddedUrl(dataDir) });
    const event = eventFactory('startup')();
    await store.appendToStream('startup-check', [event]);
    await store.close();

    first.process.kill('SIGINT');
    expect(await first.exited).toBe(0);

    const second = spawnApi({ PORT: String(port), DATA_DIR: dataDir });
    await waitForHealthy(port);
    const again = new PostgresEventStore({ connectionString: await embeddedUrl(dataDir) });
    const events = await again.readStream('startup-check');
    await again.close();
    second.process.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect(events.map((e) => e.eventId)).toEqual([event.eventId]);
  }, 90_000);

  it('recovers its data after being killed outright', async () => {
    const port = await findFreePort();
    const killed = spawnApi({ PORT: String(port), DATA_DIR: dataDir });
    await waitForHealthy(port);
    killed.process.kill('SIGKILL');
    await killed.exited;

    const restarted = spawnApi({ PORT: String(port), DATA_DIR: dataDir });
    const { body } = await waitForHealthy(port);
    restarted.process.kill('SIGINT');
    expect(await restarted.exited).toBe(0);
    expect(body).toMatchObject({ status: 'up' });
  }, 90_000);

  it("refuses a second process on the running service's data directory, and leaves the service alone", async () => {
    const port = await findFreePort();
    const api = spawnApi({ PORT: String(port), DATA_DIR: dataDir });
    await waitForHealthy(port);
    const cli = join(__dirname, '..', '..', 'dist', 'apps', 'cli', 'src', 'main.js');
    const second = await promisify(execFile)(process.execPath, [cli, 'migrate'], {
      env: { PATH: process.env.PATH, DATA_DIR: dataDir },
    }).catch((error: { code: number; stderr: string }) => error);
    const { body } = await waitForHealthy(port, 5_000);
    api.process.kill('SIGINT');
    expect(await api.exited).toBe(0);
    expect(second).toMatchObject({ code: 1, stderr: expect.stringContaining('is in use by process') });
    expect(body).toMatchObject({ status: 'up' });
  }, 90_000);

  it('runs as a user other than root', async () => {
    if (process.getuid?.() === 0) await chmod(dataDir, 0o777);
    const port = await findFreePort();
    const asUser = process.getuid?.() === 0 ? { uid: NOBODY, gid: NOBODY } : {};
    const api = spawnApi({ PORT: String(port), DATA_DIR: join(dataDir, 'data') }, asUser);
    const { body } = await waitForHealthy(port);
    api.process.kill('SIGINT');
    expect(await api.exited).toBe(0);
    expect(body).toMatchObject({ status: 'up' });
  }, 90_000);
});

describe('starting with a bad configuration', () => {
  it.each([
    [{ PORT: 'eighty' }, 'PORT must be a whole number'],
    [{ DATABASE_URL: 'mysql://db/participation' }, 'DATABASE_URL must be a postgres://'],
    [{ EVENTSTORE_URL: 'http://localhost:2113' }, 'EVENTSTORE_URL must be an esdb://'],
  ])('stops with a message naming the variable (%o)', async (env, message) => {
    const api = spawnApi(env);
    expect(await api.exited).toBe(1);
    expect(api.output()).toContain(message);
  });
});
