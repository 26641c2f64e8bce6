import type { Page, PageRequest } from '../queries/page';
import type { ReadModels } from '../queries/read-models';
import type { AdviceRegisterDoc } from './advice-register.doc';
import { adviceRegister } from './advice-register.projection';
import { ADDRESSED_TO, FOLLOW_UP_OVERDUE, OVERDUE } from './advice-register.sql';
import { overdueCheckpointsOf, overdueSideOf } from './advice-register.terms';

/** Whose deadlines: the official's (the trajectories they are responsible for) or a body's (its advice). */
export type DeadlineHolder =
  | { readonly kind: 'official'; readonly responsibleOfficial: string }
  | { readonly kind: 'body'; readonly bodyId?: string };

export interface DeadlineListRequest {
  readonly holder: DeadlineHolder;
  /** Only trajectories addressed to one of these municipalities. */
  readonly municipalities: readonly string[];
  /** The date (YYYY-MM-DD, Europe/Amsterdam) that "past" is judged on. */
  readonly today: string;
  /** The first date no longer "near": a deadline before it is listed. */
  readonly horizon: string;
  readonly page: PageRequest;
  readonly minPosition?: bigint;
}

/** One term of a trajectory: the college's response, the body's advice, or a follow-up checkpoint. */
export interface Deadline {
  readonly kind: 'college-response' | 'body-advice' | 'follow-up';
  readonly dueOn: string;
  /** The checkpoint's description, for a follow-up. */
  readonly description?: string;
  /** Its date has passed on `today` without the step it asks for. */
  readonly overdue: boolean;
}

export interface TrajectoryDeadlines {
  readonly doc: AdviceRegisterDoc;
  readonly deadlines: readonly Deadline[];
}

/**
 * The open trajectories with a term near (before `horizon`) or past, the soonest first. The
 * same SQL terms that judge "overdue on today" judge "due before the horizon", and the domain's
 * rules then say which terms they are, so the page and the register never disagree.
 */
export async function listDeadlines(
  readModels: ReadModels,
  request: DeadlineListRequest,
): Promise<Page<TrajectoryDeadlines>> {
  await readModels.waitFor([adviceRegister.name], request.minPosition);
  const { holder, municipalities, horizon, today, page } = request;
  const { items, total } = await readModels.list<AdviceRegisterDoc>(adviceRegister.name, {
    where: [
      [`jsonb_exists_any(${ADDRESSED_TO}, ?::text[])`, municipalities],
      ...(holder.kind === 'official'
        ? [[`r.doc->>'responsibleOfficial' = ?`, holder.responsibleOfficial] as const]
        : holder.bodyId === undefined
          ? []
          : [[`r.doc->>'bodyId' = ?`, holder.bodyId] as const]),
      [holder.kind === 'official' ? OFFICIAL_TERMS : BODY_TERMS, horizon],
    ],
    orderBy: `COALESCE(r.doc->>'responseDueOn', r.doc->>'adviceDueOn', '9999-12-31') COLLATE "C", r.id`,
    ...page,
  });
  return {
    items: items.map((doc) => ({ doc, deadlines: deadlinesOf(doc, holder.kind, today, horizon) })),
    total,
    ...page,
  };
}

/** The register's terms judged on one bound date (the horizon), which a condition binds once. */
const onHorizon = (sql: string): string => sql.replace('?', 'h.day');
/** The official's side: the college's response or a follow-up checkpoint due before the horizon. */
const OFFICIAL_TERMS = `EXISTS (SELECT 1 FROM (SELECT ?::text AS day) h
  WHERE ${onHorizon(OVERDUE)} OR ${onHorizon(FOLLOW_UP_OVERDUE)})`;
/** The body's side: its advice, not issued yet, due before the horizon. */
const BODY_TERMS = `(r.doc->'advice' IS NULL AND ${OVERDUE})`;

/**
 * A row's terms before `horizon`, each marked overdue when past on `today`: the college's
 * response and follow-up checkpoints for the official, the body's advice for the body.
 */
export function deadlinesOf(
  doc: AdviceRegisterDoc,
  holder: DeadlineHolder['kind'],
  today: string,
  horizon: string,
): Deadline[] {
  const side = overdueSideOf(doc, horizon);
  const terms: Deadline[] = [];
  if (side === 'college' && holder === 'official' && doc.responseDueOn !== undefined) {
    terms.push({ kind: 'college-response', dueOn: doc.responseDueOn, overdue: doc.responseDueOn < today });
  }
  if (side === 'body' && doc.adviceDueOn !== undefined) {
    terms.push({ kind: 'body-advice', dueOn: doc.adviceDueOn, overdue: doc.adviceDueOn < today });
  }
  if (holder === 'official') {
    const late = new Set(overdueCheckpointsOf(doc, today).map((c) => `${c.dueOn}|${c.description}`));
    for (const checkpoint of overdueCheckpointsOf(doc, horizon)) {
      terms.push({
        kind: 'follow-up',
        dueOn: checkpoint.dueOn,
        description: checkpoint.description,
        overdue: late.has(`${checkpoint.dueOn}|${checkpoint.description}`),
      });
    }
  }
  return terms.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
}
