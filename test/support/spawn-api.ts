import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const BUILT_API = join(__dirname, '..', '..', 'dist', 'apps', 'api', 'src', 'main.js');

export interface RunningApi {
  readonly process: ChildProcess;
  readonly output: () => string;
  /** Resolves with the exit code (or signal name) once the process has ended. */
  readonly exited: Promise<number | string>;
}

/**
 * Starts the built API as `npm start` would, with exactly the given environment (and, unless
 * it says otherwise, a rate limit that tests firing thousands of commands do not reach).
 */
export function spawnApi(env: Record<string, string>, options: { uid?: number; gid?: number } = {}): RunningApi {
  if (!existsSync(BUILT_API)) throw new Error(`${BUILT_API} is missing: run 'npm run build' first (npm test does)`);
  const child = spawn(process.execPath, [BUILT_API], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LOG_LEVEL: 'info', RATE_LIMIT_MAX: '1000000', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...options,
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | string>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  return { process: child, output: () => output, exited };
}

/** Polls `/health` until it answers 200 or the deadline passes; answers the body and the time it took. */
export async function waitForHealthy(port: number, timeoutMs = 30_000): Promise<{ body: unknown; ms: number }> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health`);
      if (response.status === 200) return { body: await response.json(), ms: Date.now() - started };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`/health on port ${port} did not answer 200 within ${timeoutMs} ms`);
}
