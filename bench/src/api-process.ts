import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { issueLocalToken, loadOrCreateSigningKey } from '#auth';
import { findFreePort } from '#embedded-postgres';
import type { Role } from '#application';
import { sleep } from './latency';
import { BUILT_API } from './paths';

/** The built API as `npm start` runs it, against the bench's PostgreSQL, with its memory watched. */
export interface ApiProcess {
  readonly baseUrl: string;
  readonly pid: number;
  /** A bearer header for these roles in these municipalities. */
  bearer(roles: readonly Role[], municipalities: readonly string[]): Promise<string>;
  /** Highest resident set size seen since start (sampled every 250 ms), in MB. */
  peakRssMb(): number;
  /** Current resident set size, in MB. */
  rssMb(): Promise<number>;
  stop(): Promise<void>;
}

export async function startApi(databaseUrl: string, dataDir: string): Promise<ApiProcess> {
  const port = await findFreePort();
  const child: ChildProcess = spawn(process.execPath, [...nodeArguments(), BUILT_API], {
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      // The load generators are one caller each; the per-caller rate limit would measure itself.
      RATE_LIMIT_MAX: '100000000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString()).slice(-4_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const pid = child.pid as number;
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, () => output, child);
  const key = await loadOrCreateSigningKey(dataDir);
  let peak = 0;
  const sample = async (): Promise<number> => {
    const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    const mb = kb / 1024;
    peak = Math.max(peak, mb);
    return mb;
  };
  const sampler = setInterval(() => void sample(), 250);
  return {
    baseUrl,
    pid,
    bearer: async (roles, municipalities) =>
      `Bearer ${await issueLocalToken(key, { id: 'bench-user', roles: [...roles], municipalities: [...municipalities] }, { ttlSeconds: 4 * 3600 })}`,
    peakRssMb: () => peak,
    rssMb: sample,
    stop: async () => {
      clearInterval(sampler);
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(15_000)]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

/** `BENCH_API_NODE_ARGS`, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`, to see where the API spends a run. */
function nodeArguments(): string[] {
  return (process.env.BENCH_API_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
}

async function waitForHealth(baseUrl: string, output: () => string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited: ${output()}`);
    const healthy = await fetch(`${baseUrl}/health`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (healthy) return;
    await sleep(200);
  }
  child.kill('SIGKILL');
  throw new Error(`the API did not become healthy within a minute: ${output()}`);
}
