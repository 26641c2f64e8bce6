import type { Pool } from 'pg';
import {
  bodyRegister,
  municipalityRegister,
  ReadModels,
  strictestNorm,
  type BodyRegisterDoc,
  type MunicipalityRegisterDoc,
} from '#projections';
import { normShortfallsOf, type NormShortfall } from './consultation-norm';
import { amsterdamDate } from './deadlines';
import { messageIdOf } from './message-id';
import { enqueue, type OutboxMessage } from './outbox';
import { linkOf, textOf } from './texts.nl';

export interface NormTickOptions {
  readonly publicUrl: string;
  /** `NOTIFY_NORM_REMINDER_DAYS_BEFORE`: how many days before the year ends a body short of the norm is reminded. */
  readonly normReminderDaysBefore: number;
}

const PAGE = 200;

/**
 * Counts each body's alderman consultations against the strictest norm of the municipalities
 * it serves, from the body and municipality registers at `now`, and writes the reminders due
 * to its secretaries. Like the terms' reminders nothing is held in a timer: a reminder's id
 * derives from the body, the year, the moment and the recipient, so each goes once, also when
 * its day passed while the process was down.
 */
export async function remindOfConsultationNorms(pool: Pool, now: Date, options: NormTickOptions): Promise<number> {
  const today = amsterdamDate(now);
  const readModels = new ReadModels(pool);
  let written = 0;
  for (let offset = 0; ; offset += PAGE) {
    const { items } = await readModels.list<BodyRegisterDoc>(bodyRegister.name, {
      orderBy: 'r.id',
      offset,
      limit: PAGE,
    });
    const regulations = await regulationsOf(readModels, items);
    const shortfalls = items.flatMap((body) =>
      normShortfallsOf(
        body,
        strictestNorm(body.municipalityCodes.map((code) => regulations.get(code))),
        today,
        options.normReminderDaysBefore,
      ),
    );
    const messages: OutboxMessage[] = [];
    for (const shortfall of shortfalls) {
      for (const recipient of await secretariesOf(pool, shortfall.bodyId)) {
        messages.push(reminder(shortfall, recipient, now, options.publicUrl));
      }
    }
    written += await enqueue(pool, messages);
    if (items.length < PAGE) return written;
  }
}

async function regulationsOf(
  readModels: ReadModels,
  bodies: readonly BodyRegisterDoc[],
): Promise<Map<string, MunicipalityRegisterDoc['regulation']>> {
  const codes = [...new Set(bodies.flatMap((b) => b.municipalityCodes))];
  if (codes.length === 0) return new Map();
  const { items } = await readModels.list<MunicipalityRegisterDoc>(municipalityRegister.name, {
    where: [['r.id = ANY(?::text[])', codes]],
    orderBy: 'r.id',
    offset: 0,
    limit: codes.length,
  });
  return new Map(items.map((m) => [m.municipalityCode, m.regulation]));
}

function reminder(shortfall: NormShortfall, recipient: string, now: Date, publicUrl: string): OutboxMessage {
  const facts = {
    path: `/werkruimte/organen/${shortfall.bodyId}#overleg`,
    bodyName: shortfall.bodyName,
    year: shortfall.year,
    count: shortfall.count,
    norm: shortfall.norm,
  };
  const { subject, body } = textOf(shortfall.kind, facts, publicUrl);
  const term = `consultation-norm:${shortfall.bodyId}:${shortfall.year}`;
  return {
    id: messageIdOf(term, shortfall.day, `staff:${recipient}`, shortfall.kind),
    kind: shortfall.kind,
    audience: 'staff',
    recipient,
    subject,
    body,
    link: linkOf(publicUrl, facts.path),
    source: `${term}@${shortfall.day}`,
    causedAt: now,
  };
}

/**
 * The body's secretaries with an address in the directory: by the directory's role for the
 * body, or appointed as secretary with a login (the process manager remembers those). The
 * body register names no responsible official, so none is reminded.
 */
async function secretariesOf(pool: Pool, bodyId: string): Promise<string[]> {
  const { rows } = await pool.query<{ subject: string }>(
    `SELECT r.subject FROM notification_recipients r
     WHERE ('secretary' = ANY(r.roles) AND $1 = ANY(r.body_ids))
        OR EXISTS (SELECT 1 FROM notification_context c, jsonb_array_elements(c.doc->'secretaries') s
                   WHERE c.id = 'body:' || $1 AND s->>'subject' = r.subject)
     ORDER BY r.subject`,
    [bodyId],
  );
  return rows.map((r) => r.subject);
}
