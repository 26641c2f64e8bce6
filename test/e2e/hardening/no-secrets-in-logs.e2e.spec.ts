import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { findFreePort } from '#embedded-postgres';
import { BEVERWIJK, playScenario, scenarioFor } from '../../support/scenario';
import { spawnApi, waitForHealthy, type RunningApi } from '../../support/spawn-api';

const CLI = join(__dirname, '..', '..', '..', 'dist', 'apps', 'cli', 'src', 'main.js');
const run = promisify(execFile);
const scenario = scenarioFor(BEVERWIJK);

describe('the log of a day with personal data, at the most verbose level', () => {
  let dataDir: string;
  let api: RunningApi;
  let port: number;
  const tokens: string[] = [];

  const call = async (method: string, path: string, token: string | undefined, body?: string) => {
    const response = await fetch(`http://127.0.0.1:${port}/api/v1${path}`, {
      method,
      headers: {
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body } : {}),
    });
    return { status: response.status, text: await response.text() };
  };
  const tokenFor = async (sub: string, role: string): Promise<string> => {
    const { stdout } = await run(
      process.execPath,
      [CLI, 'token', '--sub', sub, '--role', role, '--municipality', BEVERWIJK.code],
      { env: { PATH: process.env.PATH, DATA_DIR: dataDir } },
    );
    tokens.push(stdout.trim());
    return stdout.trim();
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'participation-logs-'));
    const admin = await tokenFor('log-admin', 'admin');
    const member = await tokenFor('log-member', 'body-member');
    port = await findFreePort();
    api = spawnApi({ PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'trace' });
    await waitForHealthy(port);

    const position = await playScenario(scenario, (path, body) => call('POST', path, admin, JSON.stringify(body)));
    // Refusals that carry personal data: a bad field beside a name, a body over the limit, JSON cut short.
    const record = scenario.steps.find((step) => step.operationId === 'RecordSignal')?.body ?? {};
    await call('POST', '/signals', member, JSON.stringify({ ...record, id: 'not-a-uuid', receivedOn: 'gisteren' }));
    await call(
      'POST',
      '/signals',
      member,
      JSON.stringify({ ...record, summary: `${scenario.personalData[2]} `.repeat(20_000) }),
    );
    await call('POST', '/signals', member, JSON.stringify(record).slice(0, 200));
    await call('GET', '/signals', `${admin.slice(0, -6)}AAAAAA`);
    // Reading personal data back, then forgetting the reporter and reading again.
    const signal = await call('GET', `/signals/${scenario.ids.signalId}?minPosition=${position}`, admin);
    const { reporter } = JSON.parse(signal.text) as { reporter: { personId: string; name: string } };
    expect(reporter.name).toBe(scenario.personalData[1]);
    expect((await call('POST', `/persons/${reporter.personId}/_forget`, admin, '{}')).status).toBe(201);
    const secondAdmin = await tokenFor('log-admin-2', 'admin');
    expect((await call('POST', `/persons/${reporter.personId}/forgetting/_confirm`, secondAdmin, '{}')).status).toBe(
      200,
    );
    for (const path of ['/signals', `/signals/${scenario.ids.signalId}`, `/temporary-tables/${scenario.ids.tableId}`]) {
      expect((await call('GET', path, member)).status).toBe(200);
    }
    api.process.kill('SIGTERM');
    await api.exited;
  }, 60_000);

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('was written, line by line', () => {
    const lines = api.output().trim().split('\n');
    expect(lines.length).toBeGreaterThan(10);
    expect(api.output()).toContain('"msg":"listening"');
  });

  it('holds no name, contact detail or free text about a person', () => {
    const found = scenario.personalData.filter((value) => api.output().includes(value));
    expect(found).toEqual([]);
  });

  it('holds no bearer token, nor the signature of one', () => {
    const found = tokens
      .flatMap((token) => [token, token.split('.')[2] ?? token])
      .filter((part) => api.output().includes(part));
    expect(found).toEqual([]);
  });
});
