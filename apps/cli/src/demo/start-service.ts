import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { AppConfig } from '#config';

/** The API's built entry point: `npm run demo` builds both apps into dist/ side by side. */
const API_MAIN = join(__dirname, '..', '..', '..', 'api', 'src', 'main.js');
/** A first start initialises the embedded PostgreSQL and migrates it: seconds, not minutes. */
const START_TIMEOUT_MS = 60_000;

/** A service this process started, and how to stop it (as Ctrl-C would: at a checkpoint). */
export interface StartedService {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Starts the service as `npm start` would, in a process of its own (the embedded PostgreSQL in
 * `DATA_DIR` unless `DATABASE_URL` is set), logging only warnings, on stderr, so the demo's own
 * output stays readable. Answers once `/health` does.
 */
export async function startService(config: AppConfig): Promise<StartedService> {
  const child = spawn(process.execPath, [API_MAIN], {
    env: {
      ...process.env,
      PORT: String(config.port),
      LOG_LEVEL: config.logLevel === 'info' ? 'warn' : config.logLevel,
    },
    stdio: ['ignore', process.stderr, process.stderr],
  });
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  const url = `http://localhost:${config.port}`;
  const running = (): boolean => child.exitCode === null && child.signalCode === null;
  const close = async (): Promise<void> => {
    if (running()) child.kill('SIGTERM');
    await exited;
  };
  if (await answers(url, running)) return { url, close };
  const why = running() ? `did not answer within ${START_TIMEOUT_MS / 1000} s` : 'stopped before it answered';
  await close();
  throw new Error(`The service on ${url} ${why} (exit: ${await exited}).`);
}

/** Polls `/health` until it answers 200, the service stops, or the time is up. */
async function answers(url: string, running: () => boolean): Promise<boolean> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (running() && Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/health`)).ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}
