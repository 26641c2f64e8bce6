import type { Pool, PoolClient } from 'pg';
import type { Audience, NotificationKind } from './notification-kinds';
import type { SealedReporter } from './notification-context';

/** A message as it waits in the outbox: its words final, its resident address still sealed. */
export interface OutboxMessage {
  /** Derived from cause, recipient and kind (`messageIdOf`): a second write of it is a no-op. */
  readonly id: string;
  readonly kind: NotificationKind;
  readonly audience: Audience;
  /** A staff member's login `sub`, or a resident's person id. */
  readonly recipient: string;
  readonly sealedAddress?: SealedReporter;
  readonly subject: string;
  readonly body: string;
  readonly link: string;
  /** The event id, or the term and day, that caused it. */
  readonly source: string;
  /** When the cause happened: the event's recording, or the tick that found the term; mail lag is measured from it. */
  readonly causedAt: Date;
  /** Kept for the recipient's weekly digest rather than sent on its own. */
  readonly forDigest?: boolean;
}

/**
 * Writes messages, each at most once whatever the number of attempts: the id is the key. A
 * staff message for someone who chose the weekly digest waits (`held`) for it.
 */
export async function enqueue(client: PoolClient | Pool, messages: readonly OutboxMessage[]): Promise<number> {
  if (messages.length === 0) return 0;
  const column = <T>(pick: (m: OutboxMessage) => T): T[] => messages.map(pick);
  const { rowCount } = await client.query(
    `INSERT INTO notification_outbox
       (id, kind, audience, recipient, sealed_address, subject, body, link, source, caused_at, status)
     SELECT m.id, m.kind, m.audience, m.recipient, m.sealed, m.subject, m.body, m.link, m.source, m.caused_at,
            CASE WHEN m.for_digest AND EXISTS (
                   SELECT 1 FROM notification_recipients r WHERE r.subject = m.recipient AND r.weekly_digest)
                 THEN 'held' ELSE 'pending' END
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::jsonb[], $6::text[], $7::text[], $8::text[],
                 $9::text[], $10::timestamptz[], $11::boolean[])
       AS m(id, kind, audience, recipient, sealed, subject, body, link, source, caused_at, for_digest)
     ON CONFLICT (id) DO NOTHING`,
    [
      column((m) => m.id),
      column((m) => m.kind),
      column((m) => m.audience),
      column((m) => m.recipient),
      column((m) => (m.sealedAddress ? JSON.stringify(m.sealedAddress) : null)),
      column((m) => m.subject),
      column((m) => m.body),
      column((m) => m.link),
      column((m) => m.source),
      column((m) => m.causedAt.toISOString()),
      column((m) => m.forDigest === true),
    ],
  );
  return rowCount ?? 0;
}
