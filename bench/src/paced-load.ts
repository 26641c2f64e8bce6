import { sleep } from './latency';

export interface PacedLoadOptions {
  readonly perSecond: number;
  readonly seconds: number;
  /** Calls waiting for an answer at most; beyond it the sender waits, and the achieved rate says so. */
  readonly maxInFlight: number;
  /** One call; `due` is when the schedule wanted it to leave (`performance.now()` time). */
  readonly send: (due: number) => Promise<void>;
}

/**
 * An open loop at an even pace: a call leaves every 1/rate s whether or not the last one was
 * answered, up to a cap in flight. Unlike a closed loop or a per-second quota (autocannon's
 * `overallRate` fires each second's quota at the start of the second), arrivals are spread
 * over time as independent clients spread them. Answers how many calls left, in what time.
 */
export async function pacedLoad(options: PacedLoadOptions): Promise<{ sent: number; elapsedSeconds: number }> {
  const inFlight = new Set<Promise<void>>();
  const started = performance.now();
  const until = started + options.seconds * 1000;
  let sent = 0;
  while (performance.now() < until) {
    const due = started + (sent * 1000) / options.perSecond;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    if (inFlight.size >= options.maxInFlight) await Promise.race(inFlight);
    const call = options.send(due).finally(() => inFlight.delete(call));
    inFlight.add(call);
    sent += 1;
  }
  await Promise.all(inFlight);
  return { sent, elapsedSeconds: (performance.now() - started) / 1000 };
}
