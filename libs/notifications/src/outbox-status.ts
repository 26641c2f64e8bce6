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

/** A page of the outbox for the admin page, newest first, with how many there are in all. */
export interface OutboxPage {
  readonly items: OutboxEntry[];
  readonly total: number;
  readonly offset: number;
  readonly limit: number;
}

/**
 * The municipality a message is about, from the page it links to: a trajectory's (as the
 * process manager remembers it) or a municipality's own page. A body's or digest's message
 * names none and is shown to no municipality's admin.
 */
const MUNICIPALITY_OF_MESSAGE = `CASE
    WHEN o.link ~ '/trajecten/[0-9a-f-]{36}' THEN (
      SELECT c.doc->>'municipalityCode' FROM notification_context c
      WHERE c.id = 'trajectory:' || substring(o.link from '/trajecten/([0-9a-f-]{36})'))
    ELSE substring(o.link from '/gemeenten/([A-Za-z0-9]+)')
  END`;

/**
 * The admin's view of the outbox (ListOutboxMessages): the messages about the given
 * municipalities, all or only those with the given statuses (`kept` on the embedded default,
 * `failed` when the mail server refused).
 */
export async function listOutboxMessages(
  pool: Pool,
  options: {
    readonly municipalities: readonly string[];
    readonly statuses?: readonly string[];
    readonly offset: number;
    readonly limit: number;
  },
): Promise<OutboxPage> {
  const statuses = options.statuses && options.statuses.length > 0 ? [...options.statuses] : null;
  const where = `(${MUNICIPALITY_OF_MESSAGE}) = ANY($1) AND ($2::text[] IS NULL OR o.status = ANY($2))`;
  const [rows, count] = await Promise.all([
    pool.query<OutboxEntry>(
      `SELECT o.id, o.kind, o.audience, CASE WHEN o.audience = 'staff' THEN o.recipient ELSE '' END AS recipient,
              o.subject, o.body, o.status, o.attempts, o.last_error AS "lastError", o.created_at AS "createdAt",
              o.sent_at AS "sentAt"
       FROM notification_outbox o WHERE ${where}
       ORDER BY o.created_at DESC, o.id OFFSET $3 LIMIT $4`,
      [[...options.municipalities], statuses, options.offset, options.limit],
    ),
    pool.query<{ total: number }>(`SELECT count(*)::int AS total FROM notification_outbox o WHERE ${where}`, [
      [...options.municipalities],
      statuses,
    ]),
  ]);
  return { items: rows.rows, total: count.rows[0]?.total ?? 0, offset: options.offset, limit: options.limit };
}
