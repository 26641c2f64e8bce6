import type { Pool } from 'pg';
import type { PersonKeyStore } from '#privacy';
import type { MailTransport } from './mail-transport';
import { smtpMessageIdOf } from './message-id';
import type { SealedReporter } from './notification-context';
import { residentAddressOf, type NoAddress } from './resolve-address';
import { stopLinkKey, stopUrlOf } from './stop-link';
import { stopLine } from './texts.nl';

/** The points at which a test may make the sender die, to prove a restart loses and repeats nothing. */
export type SenderFaultPoint = 'claimed' | 'accepted';

export interface OutboxSenderOptions {
  readonly publicUrl: string;
  readonly from: string;
  /** Messages claimed per round. */
  readonly batchSize?: number;
  /**
   * Messages of a round handed over at once (over the transport's pooled connections). A test
   * that makes the sender die at a point passes 1, so that nothing else is in flight then.
   */
  readonly concurrency?: number;
  /** Attempts before a message is shown to the admin as failed. */
  readonly maxAttempts?: number;
  /** The first retry's wait; each further one doubles it. */
  readonly retryBaseMs?: number;
  /**
   * How long a claim (`sending`) holds before another sender takes the message over: a sender
   * that died mid-send left it there. A restart of the only sender may pass 0.
   */
  readonly leaseMs?: number;
  readonly idleMs?: number;
  /** For tests: throw here to die as a crash would, leaving the outbox as it is at that point. */
  readonly fault?: (point: SenderFaultPoint, messageId: string) => void;
  readonly onError?: (error: unknown) => void;
}

interface ClaimedRow {
  id: string;
  kind: string;
  audience: 'staff' | 'resident';
  recipient: string;
  sealed_address: SealedReporter | null;
  subject: string;
  body: string;
  attempts: number;
}

/**
 * Delivers the outbox (ADR 0034) in two marks: a message is claimed (`sending`) in one
 * transaction, handed to the transport, then marked `sent` in another. A crash before the
 * transport accepted leaves a claim that a restart sends; a crash after the server accepted
 * and before the mark is the one window in which a restart sends again, with the same
 * Message-ID so that mail programs recognise the copy.
 */
export class OutboxSender {
  private loop: Promise<void> | null = null;
  private stopping = false;
  private key: string | null = null;

  constructor(
    private readonly pool: Pool,
    private readonly transport: MailTransport,
    private readonly keys: PersonKeyStore,
    private readonly options: OutboxSenderOptions,
  ) {}

  /** Sends what is due; answers how many it handled. */
  async runOnce(): Promise<number> {
    await this.releaseStaleClaims();
    const claimed = await this.claim();
    const lanes = Math.max(1, this.options.concurrency ?? 8);
    let next = 0;
    const lane = async (): Promise<void> => {
      while (next < claimed.length) await this.deliver(claimed[next++] as ClaimedRow);
    };
    await Promise.all(Array.from({ length: Math.min(lanes, claimed.length) }, lane));
    return claimed.length;
  }

  /** Sends until nothing is due now. */
  async drain(): Promise<void> {
    while ((await this.runOnce()) > 0);
  }

  start(): void {
    if (this.loop) return;
    this.stopping = false;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.loop;
    this.loop = null;
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      try {
        if ((await this.runOnce()) === 0) await sleep(this.options.idleMs ?? 100);
      } catch (error) {
        this.options.onError?.(error);
        await sleep(1_000);
      }
    }
  }

  private async releaseStaleClaims(): Promise<void> {
    await this.pool.query(
      `UPDATE notification_outbox SET status = 'pending'
       WHERE status = 'sending' AND claimed_at <= now() - make_interval(secs => $1::double precision / 1000)`,
      [this.options.leaseMs ?? 60_000],
    );
  }

  /** First mark: the claim, committed before anything leaves. */
  private async claim(): Promise<ClaimedRow[]> {
    const { rows } = await this.pool.query<ClaimedRow>(
      `UPDATE notification_outbox o SET status = 'sending', claimed_at = now(), attempts = o.attempts + 1
       WHERE o.id IN (SELECT id FROM notification_outbox
                      WHERE status = 'pending' AND next_attempt_at <= now()
                      ORDER BY next_attempt_at, id LIMIT $1 FOR UPDATE SKIP LOCKED)
       RETURNING o.id, o.kind, o.audience, o.recipient, o.sealed_address, o.subject, o.body, o.attempts`,
      [this.options.batchSize ?? 20],
    );
    return rows;
  }

  private async deliver(row: ClaimedRow): Promise<void> {
    this.options.fault?.('claimed', row.id);
    const address = await this.addressOf(row);
    if ('none' in address) return this.drop(row.id, address.none);
    const text = row.audience === 'resident' ? row.body + stopLine(await this.stopUrl(row.recipient)) : row.body;
    try {
      await this.transport.send({
        messageId: smtpMessageIdOf(row.id, this.options.publicUrl),
        from: this.options.from,
        to: address.address,
        subject: row.subject,
        text,
      });
    } catch (error) {
      return this.retryLater(row, error);
    }
    this.options.fault?.('accepted', row.id);
    // Second mark; the sealed address goes too: nothing about the person stays once it is sent.
    await this.pool.query(
      `UPDATE notification_outbox SET status = $2, sent_at = now(), sealed_address = NULL, last_error = NULL
       WHERE id = $1 AND status = 'sending'`,
      [row.id, this.transport.delivery === 'smtp' ? 'sent' : 'kept'],
    );
  }

  private async addressOf(row: ClaimedRow): Promise<{ address: string } | { none: NoAddress }> {
    if (row.audience === 'staff') {
      const { rows } = await this.pool.query<{ email: string }>(
        'SELECT email FROM notification_recipients WHERE subject = $1',
        [row.recipient],
      );
      return rows[0] ? { address: rows[0].email } : { none: 'no-address' };
    }
    const { rows } = await this.pool.query('SELECT 1 FROM notification_opt_outs WHERE person_id = $1', [row.recipient]);
    if (rows.length > 0) return { none: 'opted-out' };
    return residentAddressOf(this.keys, row.sealed_address);
  }

  private async drop(id: string, reason: NoAddress): Promise<void> {
    await this.pool.query(
      `UPDATE notification_outbox SET status = 'dropped', sealed_address = NULL, last_error = $2
       WHERE id = $1 AND status = 'sending'`,
      [id, reason],
    );
  }

  /** Waits twice as long after each failure; after the last attempt the admin sees it as failed. */
  private async retryLater(row: ClaimedRow, error: unknown): Promise<void> {
    const failed = row.attempts >= (this.options.maxAttempts ?? 6);
    const waitMs = (this.options.retryBaseMs ?? 30_000) * 2 ** (row.attempts - 1);
    await this.pool.query(
      `UPDATE notification_outbox SET status = $2, last_error = $3,
         next_attempt_at = now() + make_interval(secs => $4::double precision / 1000)
       WHERE id = $1 AND status = 'sending'`,
      [row.id, failed ? 'failed' : 'pending', describe(error), waitMs],
    );
  }

  private async stopUrl(personId: string): Promise<string> {
    this.key ??= await stopLinkKey(this.pool);
    return stopUrlOf(this.options.publicUrl, this.key, personId);
  }
}

/** The error's kind and SMTP code, never its text: a server may quote the address back. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown';
  const { responseCode, code } = error as { responseCode?: unknown; code?: unknown };
  const shown = [responseCode, code].find((c) => typeof c === 'number' || typeof c === 'string');
  return shown === undefined ? error.name : `${error.name} ${String(shown)}`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
