import { Client } from 'pg';
import { NOTIFY_CHANNEL } from './sql';

/**
 * Wakes live subscribers when an append commits. It only wakes: a missed notification
 * (connection lost, barrier held by another transaction) is covered by polling.
 */
export class PostgresNotifier {
  private client: Client | null = null;
  private connecting: Promise<void> | null = null;
  private readonly waiters = new Set<() => void>();
  private closed = false;
  private count = 0;

  constructor(private readonly connectionString: string) {}

  /** Notifications received so far. */
  get heard(): number {
    return this.count;
  }

  /**
   * Resolves on the next notification or after `timeoutMs`, whichever comes first; at once
   * when `since` is given and notifications arrived after it.
   */
  async wait(timeoutMs: number, since?: number): Promise<void> {
    this.ensureListening();
    if (since !== undefined && since !== this.count) return;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.waiters.add(done);
    });
  }

  /** Wakes every waiter now, e.g. when a subscription closes. */
  wakeAll(): void {
    for (const wake of [...this.waiters]) wake();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wakeAll();
    await this.connecting?.catch(() => undefined);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private ensureListening(): void {
    if (this.closed || this.client || this.connecting) return;
    this.connecting = this.listen().finally(() => {
      this.connecting = null;
    });
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.connectionString });
    const drop = (): void => {
      if (this.client === client) this.client = null;
      void client.end().catch(() => undefined);
    };
    client.on('error', drop);
    client.on('end', drop);
    client.on('notification', () => {
      this.count += 1;
      this.wakeAll();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${NOTIFY_CHANNEL}`);
      if (this.closed) drop();
      else this.client = client;
    } catch {
      drop();
    }
  }
}
