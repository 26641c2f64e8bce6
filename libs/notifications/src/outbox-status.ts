import type { Pool } from 'pg';

/** What `/metrics` shows of the outbox: how much waits, how long the oldest has, and outcomes per kind. */
export interface OutboxStatus {
  /** Messages not yet sent, kept or given up (pending, sending, held). */
  readonly depth: number;
  /** Seconds the oldest of them has waited; 0 when none waits. */
  readonly oldestAgeSeconds: number;
  readonly byKind: readonly { readonly kind: string; readonly status: string; readonly count: number }[];
}

export async function outboxStatus(pool: Pool): Promise<OutboxStatus> {
  const [waiting, byKind] = await Promise.all([
    pool.query<{ depth: number; age: number | null }>(
      `SELECT count(*)::int AS depth, EXTRACT(EPOCH FROM now() - min(created_at))::float8 AS age
       FROM notification_outbox WHERE status IN ('pending', 'sending', 'held')`,
    ),
    pool.query<{ kind: string; status: string; count: number }>(
      `SELECT kind, status, count(*)::int AS count FROM notification_outbox GROUP BY kind, status ORDER BY kind, status`,
    ),
  ]);
  return {
    depth: waiting.rows[0]?.depth ?? 0,
    oldestAgeSeconds: waiting.rows[0]?.age ?? 0,
    byKind: byKind.rows,
  };
}

/** One row of the admin page: no address, only whom by id and what happened. */
export interface OutboxEntry {
  readonly id: string;
  readonly kind: string;
  readonly audience: 'staff' | 'resident';
  /** A staff `sub`; for a resident, nothing that names them. */
  readonly recipient: string;
  readonly subject: string;
  readonly body: string;
  readonly status: string;
  readonly attempts: number;
  readonly lastError: string | null;
  readonly createdAt: Date;
  readonly sentAt: Date | null;
}

/** The latest messages, newest first, for `/werkruimte/berichten`. */
export async function latestMessages(pool: Pool, limit = 200): Promise<OutboxEntry[]> {
  const { rows } = await pool.query<OutboxEntry>(
    `SELECT id, kind, audience, CASE WHEN audience = 'staff' THEN recipient ELSE '' END AS recipient, subject, body,
            status, attempts, last_error AS "lastError", created_at AS "createdAt", sent_at AS "sentAt"
     FROM notification_outbox ORDER BY created_at DESC, id LIMIT $1`,
    [limit],
  );
  return rows;
}
