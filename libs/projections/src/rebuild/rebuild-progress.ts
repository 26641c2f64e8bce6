/** How far a rebuild is, reported after every batch. */
export interface RebuildProgress {
  /** Events read from `$all` so far. */
  readonly done: number;
  /** Events to read in all: counted when the caller could, estimated from positions otherwise. */
  readonly total: number;
  readonly elapsedMs: number;
  readonly eventsPerSecond: number;
  /** Time left at the rate so far; `null` before there is a rate. */
  readonly etaMs: number | null;
}

/**
 * Keeps count while a rebuild reads `$all`. Without a counted total it estimates one from how
 * far the position has come between the first event and the head the rebuild started under.
 */
export class ProgressTracker {
  private done = 0;
  private first: bigint | null = null;

  constructor(
    private readonly counted: number | null,
    private readonly head: bigint | null,
    private readonly startedAt: number,
  ) {}

  /** Adds a batch of `events` from `firstPosition` to `position`; answers the progress at `now`. */
  add(events: number, firstPosition: bigint, position: bigint, now: number): RebuildProgress {
    this.first ??= firstPosition;
    this.done += events;
    return this.at(Math.max(this.done, this.counted ?? this.estimate(position)), now);
  }

  /** The progress once caught up: everything there was is done. */
  finish(now: number): RebuildProgress {
    return this.at(this.done, now);
  }

  private at(total: number, now: number): RebuildProgress {
    const elapsedMs = Math.max(0, now - this.startedAt);
    const eventsPerSecond = elapsedMs > 0 ? Math.round((this.done * 1000) / elapsedMs) : 0;
    const left = total - this.done;
    const etaMs = left === 0 ? 0 : eventsPerSecond > 0 ? Math.round((left * 1000) / eventsPerSecond) : null;
    return { done: this.done, total, elapsedMs, eventsPerSecond, etaMs };
  }

  private estimate(position: bigint): number {
    if (this.head === null || this.first === null || position >= this.head) return this.done;
    const covered = position - this.first;
    if (covered <= 0n) return this.done;
    return Math.round((this.done * Number(this.head - this.first)) / Number(covered));
  }
}
