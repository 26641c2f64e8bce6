import type { Pool } from 'pg';
import type { PersonKeyStore } from '#privacy';
import { pauseUnlessStopped, settledOrPoolGone } from '#projections';
import type { MailTransport } from './mail-transport';
import { smtpMessageIdOf } from './message-id';
import type { SealedReporter } from './notification-context';
import type { OutboxSignal } from './outbox-signal';
import { openResidentAddress, sealedPeopleOf, type NoAddress } from './resolve-address';
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
  /** The pause once nothing is due, unless word of new rows comes first. */
  readonly idleMs?: number;
  /** Word that new outbox rows committed (from the process manager and the tick): a round starts on it. */
  readonly wake?: OutboxSignal;
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
  /** A staff member's address in the directory, read with the claim. */
  email: string | null;
  /** A resident who followed a stop link, read with the claim. */
  opted_out: boolean;
}

/** A claimed message with where it goes, or why it goes nowhere. */
type Resolved = { row: ClaimedRow; address: string } | { row: ClaimedRow; none: NoAddress };

/**
 * Delivers the outbox (ADR 0034) in two marks: a batch of messages is claimed (`sending`) in
 * one statement, which also reads the staff addresses and the residents' opt-outs; the
 * residents' keys are read in one more; the batch is handed to the transport over its pooled
 * connections, several at once; each message is marked `sent` as its server accepts it. A
 * crash before the transport accepted leaves a claim that a restart sends; a crash after the
 * server accepted and before the mark is the one window in which a restart sends again, with
 * the same Message-ID so that mail programs recognise the copy.
 */
export class OutboxSender {
  private loop: Promise<void> | null = null;
  private stopping: AbortController | null = null;
  private key: string | null = null;

  constructor(
    private readonly pool: Pool,
    private readonly transport: MailTransport,
    private readonly keys: PersonKeyStore,
    private readonly options: OutboxSenderOptions,
  ) {}

  /** Sends what is due; answers how many it handled. */
  async runOnce(): Promise<number> {
    const claimed = await this.claim();
    if (claimed.length === 0) return 0;
    const resolved = await this.resolve(claimed);
    await this.drop(resolved.flatMap((r) => ('none' in r ? [r] : [])));
    const deliverable = resolved.flatMap((r) => ('address' in r ? [r] : []));
    const lanes = Math.max(1, this.options.concurrency ?? 8);
    let next = 0;
    const lane = async (): Promise<void> => {
      while (next < deliverable.length) {
        const { row, address } = deliverable[next++] as { row: ClaimedRow; address: string };
        await this.deliver(row, address);
      }
    };
    await Promise.all(Array.from({ length: Math.min(lanes, deliverable.length) }, lane));
    return claimed.length;
  }

  /** Sends until nothing is due now. */
  async drain(): Promise<void> {
    while ((await this.runOnce()) > 0);
  }

  start(): void {
    if (this.loop) return;
    this.stopping = new AbortController();
    this.loop = this.run(this.stopping.signal);
  }

  /** Stops after the round in flight; at once when the pool was ended under it. */
  async stop(): Promise<void> {
    this.stopping?.abort();
    if (this.loop) await settledOrPoolGone(this.loop, this.pool);
    this.loop = null;
  }

  private async run(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      const heard = this.options.wake?.heard();
      try {
        if ((await this.runOnce()) === 0) await this.pause(heard, signal);
      } catch (error) {
        // Retries end with the stop; a claim left behind is taken back after its lease.
        if (signal.aborted) return;
        this.options.onError?.(error);
        await pauseUnlessStopped(1_000, signal);
      }
    }
  }

  /** Until word of new outbox rows, or the idle pause for retries come due and other writers. */
  private async pause(heard: number | undefined, signal: AbortSignal): Promise<void> {
    const idleMs = this.options.idleMs ?? 100;
    if (this.options.wake && heard !== undefined) await this.options.wake.wait(heard, idleMs, signal);
    else await pauseUnlessStopped(idleMs, signal);
  }

  /**
   * First mark: the claim, committed before anything leaves. It also takes back the claims
   * older than the lease (their sender died), and reads each message's staff address and
   * opt-out with it, so a round asks PostgreSQL once for what it sends.
   */
  private async claim(): Promise<ClaimedRow[]> {
    const { rows } = await this.pool.query<ClaimedRow>(
      `UPDATE notification_outbox o SET status = 'sending', claimed_at = now(), attempts = o.attempts + 1
       WHERE o.id IN (SELECT id FROM notification_outbox
                      WHERE (status = 'pending' AND next_attempt_at <= now())
                         OR (status = 'sending'
                             AND claimed_at <= now() - make_interval(secs => $2::double precision / 1000))
                      ORDER BY next_attempt_at, id LIMIT $1 FOR UPDATE SKIP LOCKED)
       RETURNING o.id, o.kind, o.audience, o.recipient, o.sealed_address, o.subject, o.body, o.attempts,
         (SELECT r.email FROM notification_recipients r
          WHERE o.audience = 'staff' AND r.subject = o.recipient) AS email,
         EXISTS (SELECT 1 FROM notification_opt_outs x
                 WHERE o.audience = 'resident' AND x.person_id = o.recipient) AS opted_out`,
      [this.options.batchSize ?? 50, this.options.leaseMs ?? 60_000],
    );
    return rows;
  }

  /** Where each claimed message goes: the residents' keys for the whole batch in one statement. */
  private async resolve(claimed: readonly ClaimedRow[]): Promise<Resolved[]> {
    const residents = claimed.filter((row) => row.audience === 'resident' && !row.opted_out);
    const keys = await this.keys.existingKeys(sealedPeopleOf(residents.map((row) => row.sealed_address)));
    return claimed.map((row): Resolved => {
      if (row.audience === 'staff') return row.email ? { row, address: row.email } : { row, none: 'no-address' };
      if (row.opted_out) return { row, none: 'opted-out' };
      return { row, ...openResidentAddress(keys, row.sealed_address) };
    });
  }

  private async deliver(row: ClaimedRow, address: string): Promise<void> {
    this.options.fault?.('claimed', row.id);
    const text = row.audience === 'resident' ? row.body + stopLine(await this.stopUrl(row.recipient)) : row.body;
    try {
      await this.transport.send({
        messageId: smtpMessageIdOf(row.id, this.options.publicUrl),
        from: this.options.from,
        to: address,
        subject: row.subject,
        text,
      });
    } catch (error) {
      return this.retryLater(row, error);
    }
    this.options.fault?.('accepted', row.id);
    // Second mark, as soon as the server accepted: the window in which a crash repeats this
    // message is this one statement. The sealed address goes too: nothing about the person
    // stays once it is sent.
    await this.pool.query(
      `UPDATE notification_outbox SET status = $2, sent_at = now(), sealed_address = NULL, last_error = NULL
       WHERE id = $1 AND status = 'sending'`,
      [row.id, this.transport.delivery === 'smtp' ? 'sent' : 'kept'],
    );
  }

  /** The messages with nobody to go to, dropped unsent in one statement, their sealed copies cleared. */
  private async drop(dropped: readonly { row: ClaimedRow; none: NoAddress }[]): Promise<void> {
    if (dropped.length === 0) return;
    await this.pool.query(
      `UPDATE notification_outbox o SET status = 'dropped', sealed_address = NULL, last_error = d.reason
       FROM unnest($1::uuid[], $2::text[]) AS d(id, reason)
       WHERE o.id = d.id AND o.status = 'sending'`,
      [dropped.map((d) => d.row.id), dropped.map((d) => d.none)],
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
