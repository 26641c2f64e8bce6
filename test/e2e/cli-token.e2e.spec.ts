import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { findFreePort } from '#embedded-postgres';
import { spawnApi, waitForHealthy } from '../support/spawn-api';

const CLI = join(__dirname, '..', '..', 'dist', 'apps', 'cli', 'src', 'main.js');
const run = promisify(execFile);

describe('npm run cli -- token', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'participation-token-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  const token = (...args: string[]) =>
    run(process.execPath, [CLI, 'token', ...args], { env: { PATH: process.env.PATH, DATA_DIR: dataDir } });

  it('prints a token that the running server accepts', async () => {
    const { stdout } = await token(
      '--sub',
      'u1',
      '--role',
      'admin',
      '--municipality',
      'GM0375',
      '--municipality',
      'GM0396',
    );
    const port = await findFreePort();
    const api = spawnApi({ PORT: String(port), DATA_DIR: dataDir });
    try {
      await waitForHealthy(port);
      const response = await fetch(`http://127.0.0.1:${port}/api/v1/municipalities`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${stdout.trim()}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ code: 'GM0396', name: 'Heemskerk' }),
      });
      expect(response.status).toBe(201);
    } finally {
      api.process.kill('SIGTERM');
      await api.exited;
    }
  }, 60_000);

  it('refuses an unknown role in one line, with exit code 1', async () => {
    await expect(token('--sub', 'u1', '--role', 'mayor')).rejects.toMatchObject({
      code: 1,
      stderr:
        "Unknown role 'mayor': use official, body-member, secretary, evaluator, council-member, admin, dispute-committee or data-protection-officer\n",
    });
  });

  it('refuses a municipality that is not a CBS code', async () => {
    await expect(token('--sub', 'u1', '--role', 'official', '--municipality', 'Beverwijk')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('not a CBS municipality code'),
    });
  });
});
