import type { Pool } from 'pg';
import { adviceRegister, ReadModels } from '#projections';
import { momentOf, openTermsOf, amsterdamDate, type OpenTerm, type TermSource } from './deadlines';
import { messageIdOf } from './message-id';
import { enqueue, type OutboxMessage } from './outbox';
import type { ReminderKind } from './notification-kinds';
import { linkOf, textOf } from './texts.nl';

export interface DeadlineTickOptions {
  readonly publicUrl: string;
  /** `NOTIFY_REMINDER_DAYS_BEFORE`: how many days before a term ends the first reminder goes. */
  readonly reminderDaysBefore: number;
  /** Register rows read per page; tests make it small to walk several pages. */
  readonly pageSize?: number;
}

const PAGE = 500;
/** Only rows still open can hold a term; the closed and withdrawn are most of an old register. */
const OPEN = [[`r.doc->>'status' <> ALL(?::text[])`, ['closed', 'withdrawn']]] as const;

/**
 * A register row's {@link TermSource}, built by PostgreSQL: the tick walks every open row each
 * minute, and reading whole documents (their texts, recommendations, responses) cost the API's
 * thread 2.5–3.2 s a walk at 1M events (#19's bench; 1.0–1.4 s with this and a range scan).
 */
export const TERM_SOURCE = `jsonb_strip_nulls(jsonb_build_object(
    'trajectoryId', r.doc->'trajectoryId', 'subject', r.doc->'subject',
    'responsibleOfficial', r.doc->'responsibleOfficial', 'bodyId', r.doc->'bodyId',
    'responseDueOn', r.doc->'responseDueOn', 'adviceDueOn', r.doc->'adviceDueOn',
    'respondedOn', r.doc->'respondedOn', 'closed', r.doc->'closed', 'withdrawn', r.doc->'withdrawn',
    'advice', CASE WHEN jsonb_typeof(r.doc->'advice') = 'object' THEN jsonb_build_object('recommendations',
      (SELECT coalesce(jsonb_agg(jsonb_build_object('implementation',
                CASE WHEN jsonb_typeof(e->'implementation') = 'object'
                     THEN jsonb_build_object('reportedOn', e->'implementation'->'reportedOn') END)), '[]')
       FROM jsonb_array_elements(r.doc->'advice'->'recommendations') e)) END,
    'followUp', (SELECT coalesce(jsonb_agg(jsonb_build_object('dueOn', c->'dueOn')), '[]')
                 FROM jsonb_array_elements(r.doc->'followUp') c)))`;

/**
 * Finds the terms due for a reminder in the advice register at `now`, and writes their
 * reminders to the outbox. Nothing is held in a timer: each tick asks again, and a reminder's
 * id derives from its term, day and recipient, so one whose moment passed while the process
 * was down goes at the next tick, and none goes twice.
 */
export async function remindOfDeadlines(pool: Pool, now: Date, options: DeadlineTickOptions): Promise<number> {
  const today = amsterdamDate(now);
  const readModels = new ReadModels(pool);
  const pageSize = options.pageSize ?? PAGE;
  let written = 0;
  for (let after = ''; ;) {
    // Keyset pages by id, no count: the tick walks the whole register every minute (#20).
    const rows = await readModels.scan<TermSource>(adviceRegister.name, after, pageSize, OPEN, TERM_SOURCE);
    const reached = rows
      .flatMap((row) => openTermsOf(row.doc))
      .flatMap((term) => {
        const moment = momentOf(term.dueOn, today, options.reminderDaysBefore);
        return moment ? [{ term, moment }] : [];
      });
    const recipients =
      reached.length > 0
        ? await recipientsOfTerms(
            pool,
            reached.map((r) => r.term),
          )
        : null;
    const messages = reached.flatMap(({ term, moment }) =>
      (recipients?.of(term) ?? []).map((recipient) =>
        reminder(term, `${term.term}-${moment.moment}`, moment.day, recipient, now, options.publicUrl),
      ),
    );
    written += await enqueue(pool, messages);
    const last = rows.at(-1);
    if (last === undefined || rows.length < pageSize) return written;
    after = last.id;
  }
}

function reminder(
  term: OpenTerm,
  kind: ReminderKind,
  day: string,
  recipient: string,
  now: Date,
  publicUrl: string,
): OutboxMessage {
  const facts = { path: `/trajecten/${term.trajectoryId}`, subject: term.subject, dueOn: term.dueOn };
  const { subject, body } = textOf(kind, facts, publicUrl);
  return {
    id: messageIdOf(term.key, day, `staff:${recipient}`, kind),
    kind,
    audience: 'staff',
    recipient,
    subject,
    body,
    link: linkOf(publicUrl, facts.path),
    source: `${term.key}@${day}`,
    causedAt: now,
  };
}

interface TermRecipients {
  of(term: OpenTerm): string[];
}

/**
 * The official, and for the body's advice its secretaries, as far as the directory has their
 * address: for every term of a page in one query, then matched here.
 */
async function recipientsOfTerms(pool: Pool, terms: readonly OpenTerm[]): Promise<TermRecipients> {
  const officials = [...new Set(terms.flatMap((t) => (t.official ? [t.official] : [])))];
  const bodies = [...new Set(terms.flatMap((t) => (t.secretariesOf ? [t.secretariesOf] : [])))];
  const { rows } = await pool.query<{ subject: string; body_id: string | null }>(
    `SELECT r.subject, NULL AS body_id FROM notification_recipients r WHERE r.subject = ANY($1::text[])
     UNION
     SELECT r.subject, b.id FROM notification_recipients r, unnest($2::text[]) AS b(id)
     WHERE 'secretary' = ANY(r.roles) AND b.id = ANY(r.body_ids)
     UNION
     SELECT r.subject, b.id FROM notification_recipients r, unnest($2::text[]) AS b(id),
       notification_context c, jsonb_array_elements(c.doc->'secretaries') s
     WHERE c.id = 'body:' || b.id AND s->>'subject' = r.subject`,
    [officials, bodies],
  );
  const known = new Set(rows.filter((r) => r.body_id === null).map((r) => r.subject));
  const secretaries = new Map<string, string[]>();
  for (const row of rows) {
    if (row.body_id !== null) secretaries.set(row.body_id, [...(secretaries.get(row.body_id) ?? []), row.subject]);
  }
  return {
    of: (term) =>
      [
        ...new Set([
          ...(term.official && known.has(term.official) ? [term.official] : []),
          ...(term.secretariesOf ? (secretaries.get(term.secretariesOf) ?? []) : []),
        ]),
      ].sort(),
  };
}
