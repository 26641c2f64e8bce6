import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { issueLocalToken, loadOrCreateSigningKey } from '#auth';
import { findFreePort } from '#embedded-postgres';
import type { Role } from '#application';
import { sleep } from './latency';
import { BUILT_API, REPO_ROOT } from './paths';

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
  /** What the resident memory is made of now, as the API's own `/metrics` reports it. */
  memory(): Promise<ApiMemory>;
  /** The API's read-model answers so far, by outcome (ADR 52), as its `/metrics` counts them. */
  answers(): Promise<Answers>;
  stop(): Promise<void>;
}

/** Read-model answers kept since the last commit (`hit`), computed and kept (`miss`), computed unkept (`unheard`). */
export interface Answers {
  readonly hit: number;
  readonly miss: number;
  readonly unheard: number;
}

/** MB, from the API's Node.js metrics (prom-client's defaults). */
export interface ApiMemory {
  readonly rss: number;
  /** The V8 heap as reserved, and the part of it live or not yet collected. */
  readonly heapTotal: number;
  readonly heapUsed: number;
  /** The young generation's reserved size: V8 grows it under allocation pressure. */
  readonly newSpace: number;
  /** Memory held by Buffers and other C++ objects tied to JavaScript ones. */
  readonly external: number;
}

const MEMORY_METRICS: Record<keyof ApiMemory, string> = {
  rss: 'process_resident_memory_bytes',
  heapTotal: 'nodejs_heap_size_total_bytes',
  heapUsed: 'nodejs_heap_size_used_bytes',
  newSpace: 'nodejs_heap_space_size_total_bytes{space="new"}',
  external: 'nodejs_external_memory_bytes',
};

export async function startApi(databaseUrl: string, dataDir: string): Promise<ApiProcess> {
  const port = await findFreePort();
  const child: ChildProcess = spawn(process.execPath, [...(await startFlags()), ...nodeArguments(), BUILT_API], {
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      // The load generators are one caller each; the per-caller rate limit would measure itself.
      // The limiter keeps every hit of its window and filters them on each request, so the
      // window is one second: it then holds about as many hits as production's 600 a minute
      // allows, instead of a minute of the bench's load (tens of thousands, copied per request).
      RATE_LIMIT_MAX: '100000000',
      RATE_LIMIT_TTL: '1',
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
    memory: async () => {
      const text = await fetch(`${baseUrl}/metrics`).then((r) => r.text());
      const mb = (name: string): number => {
        const line = text.split('\n').find((l) => l.startsWith(`${name} `));
        return Math.round(Number(line?.slice(name.length + 1) ?? Number.NaN) / 1_048_576);
      };
      const m = MEMORY_METRICS;
      return {
        rss: mb(m.rss),
        heapTotal: mb(m.heapTotal),
        heapUsed: mb(m.heapUsed),
        newSpace: mb(m.newSpace),
        external: mb(m.external),
      };
    },
    answers: async () => {
      const text = await fetch(`${baseUrl}/metrics`).then((r) => r.text());
      const count = (outcome: keyof Answers): number =>
        Number(
          new RegExp(`^participation_read_model_answers_total\\{outcome="${outcome}"\\} (\\d+)$`, 'm').exec(
            text,
          )?.[1] ?? 0,
        );
      return { hit: count('hit'), miss: count('miss'), unheard: count('unheard') };
    },
    stop: async () => {
      clearInterval(sampler);
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(15_000)]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

/**
 * The node flags of `npm run start:built` (the memory budget of ADR 0017), so the bench runs the
 * API as operators do.
 */
async function startFlags(): Promise<string[]> {
  const manifest = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  const command = manifest.scripts?.['start:built'] ?? '';
  const words = command.split(/\s+/);
  if (words[0] !== 'node') throw new Error(`start:built does not start node: ${command}`);
  return words.slice(1).filter((word) => word.startsWith('--'));
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
