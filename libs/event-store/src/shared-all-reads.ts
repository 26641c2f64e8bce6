import type { GlobalPosition, RecordedEvent } from './event-envelope';
import type { EventStore, ReadAllOptions } from './event-store.port';
import { ForwardingEventStore } from './forwarding-event-store';

/** How many events it keeps at most, and for how long. */
export interface SharedAllReadsOptions {
  /** Default 10,000: about a second of P1's appends through the port. */
  readonly capacity?: number;
  /**
   * Default 3 s: the followers that share it read at least every two seconds (the evidence
   * log's pause when idle), so an event kept longer serves nobody and only holds memory: at the
   * API's command rates a few hundred a second, a handful of megabytes.
   */
  readonly keepMs?: number;
  /** Milliseconds on a monotonic clock; `performance.now` by default. */
  readonly now?: () => number;
}

/**
 * Lets the followers of `$all` on one thread read the store once between them (ADR 0051): the
 * projector, the reactions and the evidence log each read the same events in the same order, a
 * little apart in time. The newest unfiltered batches read through it are kept as one run of
 * consecutive events, and a read after a position inside that run is answered from it.
 *
 * What it answers is what the store answered earlier: events in `$all` never change once read,
 * and a run read after a position holds every event after it up to its end, so an answer from
 * the run is a prefix of what the store would answer now. It may be shorter than the store's
 * (the run ends where the last read ended); the follower reads again after it, and that read
 * reaches the store. Filtered reads are passed through, as their batches have gaps.
 */
export class SharedAllReads extends ForwardingEventStore {
  private readonly run: RecordedEvent[] = [];
  /** When each event of the run was read, in the run's order. */
  private readonly readAt: number[] = [];
  /** The position the run was read after (-1 for the start of `$all`). */
  private runAfter: GlobalPosition = -1n;
  private readonly capacity: number;
  private readonly keepMs: number;
  private readonly now: () => number;

  constructor(inner: EventStore, options: SharedAllReadsOptions = {}) {
    super(inner);
    this.capacity = options.capacity ?? 10_000;
    this.keepMs = options.keepMs ?? 3_000;
    this.now = options.now ?? (() => performance.now());
  }

  override async readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    if (options.filter) return this.inner.readAll(options);
    const after = options.after ?? -1n;
    const kept = this.keptAfter(after, options.maxCount);
    if (kept.length > 0) return kept;
    const events = await this.inner.readAll(options);
    this.remember(after, events);
    return events;
  }

  /** The run's events after `after`, at most `maxCount`; none when the run does not reach past it. */
  private keptAfter(after: GlobalPosition, maxCount: number): RecordedEvent[] {
    const start = after === this.runAfter ? 0 : indexOf(this.run, after) + 1;
    if (start === 0 && after !== this.runAfter) return [];
    return this.run.slice(start, start + Math.max(1, maxCount));
  }

  /** Extends the run with a batch read right after its end, or starts a new run with it. */
  private remember(after: GlobalPosition, events: readonly RecordedEvent[]): void {
    if (events.length === 0) return;
    const now = this.now();
    if (this.run.at(-1)?.position !== after) this.drop(this.run.length, after);
    this.run.push(...events);
    for (let i = 0; i < events.length; i += 1) this.readAt.push(now);
    this.trim(now);
  }

  /**
   * Lets go of events read too long ago, and of the oldest past the capacity. Not on every
   * batch: a batch at the head holds a few dozen events, and moving the whole run for each of
   * them would cost more than it saves; a quarter of the capacity, or a second, at a time.
   */
  private trim(now: number): void {
    const stale = firstAfter(this.readAt, now - this.keepMs);
    const over = this.run.length - this.capacity;
    const oldestAge = now - (this.readAt[0] ?? now);
    if (over > this.capacity / 4 || (stale > 0 && oldestAge > this.keepMs + 1_000)) {
      const count = Math.max(stale, over);
      this.drop(count, (this.run[count - 1] as RecordedEvent).position);
    }
  }

  /** Drops the run's first `count` events; the run is then read after `runAfter`. */
  private drop(count: number, runAfter: GlobalPosition): void {
    this.run.splice(0, count);
    this.readAt.splice(0, count);
    this.runAfter = runAfter;
  }
}

/** The index of the first time in `times` (non-decreasing) later than `limit`; its length when none is. */
function firstAfter(times: readonly number[], limit: number): number {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((times[middle] as number) > limit) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The index of the event at `position` in a run ordered by position; -1 when it is not there. */
function indexOf(run: readonly RecordedEvent[], position: GlobalPosition): number {
  let low = 0;
  let high = run.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = (run[middle] as RecordedEvent).position;
    if (at === position) return middle;
    if (at < position) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
