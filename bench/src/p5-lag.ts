import { Pool } from 'pg';
import type { ApiProcess } from './api-process';
import { ratio, round, type Figure } from './figures';
import { Latencies, sleep } from './latency';
import { recordSignalBody } from './p2-ladder';
import { pacedLoad } from './paced-load';
import { slowestCheckpoint } from './projection-progress';

export const P5_P99_LIMIT_MS = 100;
/** Commands waiting for an answer at most; beyond it the sender waits, and the achieved rate says so. */
const MAX_IN_FLIGHT = 64;

interface Answered {
  readonly position: bigint;
  readonly at: number;
}

/**
 * P5: RecordSignal at a steady rate (open loop: a command leaves every 1/rate s whether or not
 * the last one was answered, up to a cap of commands in flight); for each command, the time from its answer to the moment the
 * slowest read model's checkpoint reaches its position, watched every few milliseconds.
 */
export async function runP5(
  api: ApiProcess,
  databaseUrl: string,
  settings: { seconds: number; perSecond: number },
  log: (line: string) => void,
): Promise<Figure> {
  const authorization = await api.bearer(['secretary'], ['GM0375']);
  const body = recordSignalBody('GM0375');
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  pool.on('error', () => undefined);
  const lags = new Latencies();
  const waiting: Answered[] = [];
  let failed = 0;
  let watching = true;
  const watch: { error?: Error } = {};
  const watcher = (async () => {
    while (watching || waiting.length > 0) {
      const checkpoint = await slowestCheckpoint(pool).catch((error: unknown) => {
        watch.error = error instanceof Error ? error : new Error('reading the checkpoints failed');
        return null;
      });
      if (checkpoint === null) return;
      const now = performance.now();
      for (let i = waiting.length - 1; i >= 0; i -= 1) {
        const command = waiting[i] as Answered;
        if (command.position <= checkpoint) {
          lags.recordMs(now - command.at);
          waiting.splice(i, 1);
        }
      }
      await sleep(2);
    }
  })();
  const send = async (): Promise<void> => {
    try {
      const response = await fetch(`${api.baseUrl}/api/v1/signals`, {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/json' },
        body,
      });
      const answer = (await response.json()) as { position?: number };
      if (response.status !== 201 || answer.position === undefined) throw new Error(`answered ${response.status}`);
      waiting.push({ position: BigInt(answer.position), at: performance.now() });
    } catch {
      failed += 1;
    }
  };
  // The schedule runs for the set time; an API slower than the rate gets fewer commands, and
  // the achieved rate below says so.
  const { sent, elapsedSeconds: elapsed } = await pacedLoad({
    perSecond: settings.perSecond,
    seconds: settings.seconds,
    maxInFlight: MAX_IN_FLIGHT,
    send,
  });
  watching = false;
  await watcher;
  await pool.end();
  if (watch.error) throw watch.error;
  const p99 = round(lags.percentileMs(99), 1);
  log(
    `P5 ${sent} commands in ${elapsed.toFixed(1)} s; lag p50 ${lags.percentileMs(50)} ms p99 ${p99} ms; failed ${failed}`,
  );
  return {
    id: 'P5',
    name: `projection lag at ${settings.perSecond} commands/s for ${settings.seconds} s`,
    value: p99,
    unit: 'ms (p99)',
    baseline: P5_P99_LIMIT_MS,
    baselineName: 'limit',
    ratio: ratio(p99, P5_P99_LIMIT_MS),
    target: `p99 <= ${P5_P99_LIMIT_MS} ms`,
    met: p99 <= P5_P99_LIMIT_MS && failed === 0,
    details: {
      commands: sent,
      achievedPerSecond: round(sent / elapsed, 0),
      failed,
      p50Ms: lags.percentileMs(50),
      maxMs: lags.percentileMs(100),
    },
  };
}
