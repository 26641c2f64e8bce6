import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnApi, waitForHealthy, type RunningApi } from '../../support/spawn-api';
import { createTestDatabase } from '#testing';

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return typeof address === 'object' && address !== null ? address.port : 0;
}

describe('starting without an identity provider', () => {
  let dataDir: string;
  let api: RunningApi | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'participation-local-start-'));
  });
  afterAll(async () => {
    api?.process.kill('SIGTERM');
    if (api) await api.exited;
    await rm(dataDir, { recursive: true, force: true });
  });

  it('says at start that local sign-in is on, and listens on loopback only', async () => {
    const port = await freePort();
    api = spawnApi({ PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: await createTestDatabase('local-start') });
    await waitForHealthy(port, 120_000);
    const lines = api
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { msg?: string; listenAddress?: string });
    expect(lines.find((line) => line.msg?.startsWith('local sign-in is on'))).toMatchObject({
      listenAddress: '127.0.0.1',
    });
    // Reached on another address of this machine, it does not answer at all.
    const outward = Object.values(networkInterfaces())
      .flat()
      .filter((nic) => nic !== undefined && nic.family === 'IPv4' && !nic.internal)
      .map((nic) => nic?.address);
    for (const address of outward) {
      await expect(fetch(`http://${address}:${port}/health/live`)).rejects.toThrow();
    }
  }, 150_000);
});
