import type { Pool } from 'pg';
import { adviceRegister, ReadModels, type AdviceRegisterDoc } from '#projections';
import { momentOf, openTermsOf, amsterdamDate, type OpenTerm } from './deadlines';
import { messageIdOf } from './message-id';
import { enqueue, type OutboxMessage } from './outbox';
import { linkOf, textOf } from './texts.nl';
import type { ReminderKind } from './notification-kinds';

export interface DeadlineTickOptions {
  readonly publicUrl: string;
  /** `NOTIFY_REMINDER_DAYS_BEFORE`: how many days before a term ends the first reminder goes. */
  readonly reminderDaysBefore: number;
}

const PAGE = 500;

/**
 * Finds the terms due for a reminder in the advice register at `now`, and writes their
 * reminders to the outbox. Nothing is held in a timer: each tick asks again, and a reminder's
 * id derives from its term, day and recipient, so one whose moment passed while the process
 * was down goes at the next tick, and none goes twice.
 */
export async function remindOfDeadlines(pool: Pool, now: Date, options: DeadlineTickOptions): Promise<number> {
  const today = amsterdamDate(now);
  const readModels = new ReadModels(pool);
  let written = 0;
  for (let offset = 0; ; offset += PAGE) {
    const { items } = await readModels.list<AdviceRegisterDoc>(adviceRegister.name, {
      where: [[`r.doc->>'status' <> ALL(?::text[])`, ['closed', 'withdrawn']]],
      orderBy: 'r.id',
      offset,
      limit: PAGE,
    });
    const messages: OutboxMessage[] = [];
    for (const term of items.flatMap(openTermsOf)) {
      const reached = momentOf(term.dueOn, today, options.reminderDaysBefore);
      if (!reached) continue;
      const kind: ReminderKind = `${term.term}-${reached.moment}`;
      for (const recipient of await recipientsOf(pool, term)) {
        messages.push(reminder(term, kind, reached.day, recipient, now, options.publicUrl));
      }
    }
    written += await enqueue(pool, messages);
    if (items.length < PAGE) return written;
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

/** The official, and for the body's advice its secretaries, as far as the directory has their address. */
async function recipientsOf(pool: Pool, term: OpenTerm): Promise<string[]> {
  const { rows } = await pool.query<{ subject: string }>(
    `SELECT r.subject FROM notification_recipients r
     WHERE r.subject = $1
        OR ($2::text IS NOT NULL AND 'secretary' = ANY(r.roles) AND $2 = ANY(r.body_ids))
        OR ($2::text IS NOT NULL AND EXISTS (
              SELECT 1 FROM notification_context c, jsonb_array_elements(c.doc->'secretaries') s
              WHERE c.id = 'body:' || $2 AND s->>'subject' = r.subject))
     ORDER BY r.subject`,
    [term.official ?? null, term.secretariesOf ?? null],
  );
  return rows.map((r) => r.subject);
}
