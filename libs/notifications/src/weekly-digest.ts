import type { Pool } from 'pg';
import { addDays, amsterdamDate } from './deadlines';
import { messageIdOf } from './message-id';
import { enqueue } from './outbox';
import { linkOf } from './texts.nl';

/** The Monday (YYYY-MM-DD) of the week `now` falls in, in Europe/Amsterdam. */
export function weekOf(now: Date): string {
  const today = amsterdamDate(now);
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(today, -weekday);
}

/**
 * For everyone who chose the weekly digest: the messages held for them before this week,
 * gathered into one mail whose id derives from the person and the week, in the transaction
 * that marks them digested, so a restart neither loses nor repeats a digest.
 */
export async function gatherWeeklyDigests(pool: Pool, now: Date, publicUrl: string): Promise<number> {
  const week = weekOf(now);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query<{ recipient: string; subject: string; link: string }>(
      `SELECT recipient, subject, link FROM notification_outbox
       WHERE status = 'held' AND created_at < $1::date ORDER BY recipient, created_at, id FOR UPDATE`,
      [week],
    );
    const byRecipient = new Map<string, { subject: string; link: string }[]>();
    rows.forEach((r) => byRecipient.set(r.recipient, [...(byRecipient.get(r.recipient) ?? []), r]));
    const written = await enqueue(
      client,
      [...byRecipient].map(([recipient, items]) => ({
        id: messageIdOf('weekly-digest', week, `staff:${recipient}`),
        kind: 'weekly-digest' as const,
        audience: 'staff' as const,
        recipient,
        subject: `Uw overzicht van de week tot ${week}`,
        body: ['Dit gebeurde er afgelopen week:', '', ...items.map((i) => `- ${i.subject}\n  ${i.link}`)].join('\n'),
        link: linkOf(publicUrl, '/werkruimte'),
        source: `digest:${week}`,
        causedAt: now,
      })),
    );
    await client.query(
      `UPDATE notification_outbox SET status = 'digested' WHERE status = 'held' AND created_at < $1::date`,
      [week],
    );
    await client.query('COMMIT');
    return written;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
