/**
 * Word, within this process, that new outbox rows committed: the sender starts its next round
 * on it instead of after its pause. Only a hint, as word of appends is: the sender still polls,
 * for retries that come due and for rows another process wrote.
 */
export class OutboxSignal {
  private count = 0;
  private readonly waiters = new Set<() => void>();

  /** A count that moves on with every word. */
  heard(): number {
    return this.count;
  }

  notify(): void {
    this.count += 1;
    for (const wake of [...this.waiters]) wake();
  }

  /** Resolves once the count differs from `since`, after `timeoutMs`, or when `signal` says stop. */
  wait(since: number, timeoutMs: number, signal?: AbortSignal): Promise<void> {
    if (this.count !== since || signal?.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        this.waiters.delete(wake);
        signal?.removeEventListener('abort', wake);
        resolve();
      };
      const timer = setTimeout(wake, timeoutMs);
      this.waiters.add(wake);
      signal?.addEventListener('abort', wake, { once: true });
    });
  }
}
