import type { ThrottlerStorage } from '@nestjs/throttler';

/** What the throttler's guard reads back from its storage for each request. */
export interface ThrottlerRecord {
  readonly totalHits: number;
  /** Seconds until the caller's window restarts (`X-RateLimit-Reset`). */
  readonly timeToExpire: number;
  readonly isBlocked: boolean;
  /** Seconds until a blocked caller may ask again (`Retry-After`). */
  readonly timeToBlockExpire: number;
}

/** One caller's budget under one throttler. */
interface Budget {
  /** When each hit of the window leaves it (ms), oldest first, from `head` on. */
  hits: number[];
  head: number;
  expiresAt: number;
  blockExpiresAt: number;
  isBlocked: boolean;
}

/** How often budgets with nothing left in them are dropped, as the throttler's own storage does. */
const SWEEP_MS = 60_000;

/**
 * The throttler's sliding log of hits, as `@nestjs/throttler`'s in-memory storage keeps it (the
 * same counts, blocks and times), with the hits as a queue. The package's storage filters every
 * hit of the window into a new array on every request: a caller's whole window per request (up to
 * the limit, 600 by default; #19's bench, with a one-second window, saw the filter in every
 * request's profile). Each hit leaves the window `ttl` after it came, and one app has one `ttl`
 * per throttler, so the hits expire in the order they came: the expired ones are the queue's head.
 */
export class SlidingWindowStorage implements ThrottlerStorage {
  private readonly budgets = new Map<string, Budget>();
  private sweeper: NodeJS.Timeout | undefined;

  constructor(private readonly now: () => number = Date.now) {}

  increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttler: string,
  ): Promise<ThrottlerRecord> {
    return Promise.resolve(this.hit(`${throttler}\u0000${key}`, ttl, limit, blockDuration));
  }

  /** Stops the sweep and forgets every budget; the app calls it on shutdown. */
  onApplicationShutdown(): void {
    clearInterval(this.sweeper);
    this.sweeper = undefined;
    this.budgets.clear();
  }

  /** Drops the budgets that block nobody and hold no live hit. */
  sweep(): void {
    const now = this.now();
    for (const [key, budget] of this.budgets) {
      if (budget.isBlocked && budget.blockExpiresAt > now) continue;
      if (budget.expiresAt > now) continue;
      if (budget.hits.length > budget.head && (budget.hits.at(-1) ?? 0) > now) continue;
      this.budgets.delete(key);
    }
  }

  private hit(key: string, ttl: number, limit: number, blockDuration: number): ThrottlerRecord {
    this.sweeper ??= setInterval(() => this.sweep(), SWEEP_MS).unref();
    const now = this.now();
    const budget = this.budgetOf(key, now, ttl);
    dropExpired(budget, now);
    if (budget.expiresAt <= now) budget.expiresAt = now + ttl;
    const timeToExpire = seconds(budget.expiresAt - now);
    if (blockDuration <= 0) {
      const isBlocked = count(budget) >= limit;
      if (!isBlocked) budget.hits.push(now + ttl);
      const oldest = budget.hits[budget.head];
      return {
        totalHits: count(budget) + (isBlocked ? 1 : 0),
        timeToExpire,
        isBlocked,
        timeToBlockExpire: isBlocked ? (oldest === undefined ? timeToExpire : seconds(oldest - now)) : 0,
      };
    }
    if (!budget.isBlocked) budget.hits.push(now + ttl);
    if (count(budget) > limit && !budget.isBlocked) {
      budget.isBlocked = true;
      budget.blockExpiresAt = now + blockDuration;
    }
    const timeToBlockExpire = seconds(budget.blockExpiresAt - now);
    if (timeToBlockExpire <= 0 && budget.isBlocked) {
      // The block is over: the window starts again from this hit.
      budget.isBlocked = false;
      budget.hits = [now + ttl];
      budget.head = 0;
    }
    return { totalHits: count(budget), timeToExpire, isBlocked: budget.isBlocked, timeToBlockExpire };
  }

  private budgetOf(key: string, now: number, ttl: number): Budget {
    let budget = this.budgets.get(key);
    if (budget === undefined) {
      budget = { hits: [], head: 0, expiresAt: now + ttl, blockExpiresAt: 0, isBlocked: false };
      this.budgets.set(key, budget);
    }
    return budget;
  }
}

function count(budget: Budget): number {
  return budget.hits.length - budget.head;
}

/** Moves the head past the hits that left the window; the array is compacted once half of it is dead. */
function dropExpired(budget: Budget, now: number): void {
  const { hits } = budget;
  let head = budget.head;
  while (head < hits.length && (hits[head] as number) <= now) head += 1;
  if (head > 0 && head * 2 >= hits.length) {
    budget.hits = hits.slice(head);
    budget.head = 0;
  } else budget.head = head;
}

function seconds(ms: number): number {
  return Math.ceil(ms / 1000);
}
