import { Client } from 'pg';

/** The channel the read models' trigger notifies on (migration 1767300000000). */
export const READ_MODEL_CHANGES_CHANNEL = 'read_models';

/** How long after a failed LISTEN the next attempt waits: a database that is down is not asked on every request. */
const RETRY_MS = 1_000;

/**
 * What this process has heard of the read models' commits: a number that changes with every
 * commit it hears of, or `null` while it cannot hear them (not yet listening, or the connection
 * lost). Two equal readings mean no read model committed in between.
 */
export interface ChangeCount {
  current(): number | null;
}

/**
 * Listens for the read models' commits (ADR 52), on a connection of its own that it opens when
 * first asked and again after it is lost. Losing the connection, and opening it again, each
 * count as a change: a commit in between was not heard.
 */
export class ReadModelChanges implements ChangeCount {
  private client: Client | null = null;
  private connecting: Promise<void> | null = null;
  private count = 0;
  private closed = false;
  private retryAt = 0;

  constructor(
    private readonly connectionString: string,
    private readonly clock: () => number = Date.now,
  ) {}

  current(): number | null {
    if (this.client) return this.count;
    this.listenSoon();
    return null;
  }

  /** Resolves once listening, or once an attempt failed: for a start that wants the first answers remembered. */
  async ready(): Promise<void> {
    this.listenSoon();
    await this.connecting;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.connecting;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private listenSoon(): void {
    if (this.closed || this.connecting || this.clock() < this.retryAt) return;
    this.connecting = this.listen().finally(() => {
      this.connecting = null;
    });
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.connectionString });
    const drop = (): void => {
      if (this.client === client) {
        this.client = null;
        this.count += 1;
      }
      void client.end().catch(() => undefined);
    };
    client.on('error', drop);
    client.on('end', drop);
    client.on('notification', () => {
      this.count += 1;
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${READ_MODEL_CHANGES_CHANNEL}`);
    } catch {
      this.retryAt = this.clock() + RETRY_MS;
      drop();
      return;
    }
    if (this.closed) {
      drop();
      return;
    }
    // Commits before the LISTEN were not heard: nothing remembered before it may be answered.
    this.count += 1;
    this.client = client;
  }
}
