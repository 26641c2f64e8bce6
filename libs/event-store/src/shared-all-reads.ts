import type { GlobalPosition, RecordedEvent } from './event-envelope';
import type { EventStore, ReadAllOptions } from './event-store.port';
import { ForwardingEventStore } from './forwarding-event-store';

/** Events kept by default: about a second of P1's appends, some megabytes. */
const DEFAULT_CAPACITY = 10_000;

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
  /** The position the run was read after (-1 for the start of `$all`). */
  private runAfter: GlobalPosition = -1n;

  constructor(
    inner: EventStore,
    private readonly capacity = DEFAULT_CAPACITY,
  ) {
    super(inner);
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
    if (this.run.at(-1)?.position !== after) {
      this.run.length = 0;
      this.runAfter = after;
    }
    this.run.push(...events);
    // Trimmed by half a capacity at a time, not on every batch: a batch at the head holds a
    // few dozen events, and moving the whole run for each of them would cost more than it saves.
    if (this.run.length > this.capacity * 1.5) {
      const dropped = this.run.splice(0, this.run.length - this.capacity);
      this.runAfter = (dropped.at(-1) as RecordedEvent).position;
    }
  }
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
