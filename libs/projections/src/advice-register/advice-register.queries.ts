import type { AdviceKind, SocialDomain } from '#domain';
import type { Page, PageRequest } from '../queries/page';
import type { Condition, ListOptions, ReadModels, SqlQuery } from '../queries/read-models';
import { signalRegister, type SignalRegisterDoc } from '../signal-register/signal-register.projection';
import type { TableRegisterDoc } from '../table-register/table-register.doc';
import { tableRegister } from '../table-register/table-register.projection';
import type { AdviceRegisterDoc, AdviceRegisterStatus } from './advice-register.doc';
import { adviceRegister } from './advice-register.projection';
import { ADDRESSED_TO, FOLLOW_UP_OVERDUE, OVERDUE } from './advice-register.sql';

export interface AdviceListRequest {
  /** Only advice addressed to one of these municipalities; of every one when `undefined` (the public). */
  readonly municipalities: readonly string[] | undefined;
  readonly status?: AdviceRegisterStatus;
  /** `true`: only advice whose response (college) or advice (body) is overdue on `today`; `false`: the rest. */
  readonly overdue?: boolean;
  /** `true`: only advice with a follow-up checkpoint overdue on `today`; `false`: the rest. */
  readonly followUpOverdue?: boolean;
  readonly bodyId?: string;
  readonly domain?: SocialDomain;
  readonly kind?: AdviceKind;
  /** The responsible official's login id (`sub`). */
  readonly responsibleOfficial?: string;
  /** Dutch full-text search over subject, question, advice summary and recommendations (web-search syntax). */
  readonly q?: string;
  /** The date (YYYY-MM-DD, Europe/Amsterdam) that `overdue` and `followUpOverdue` are judged on. */
  readonly today: string;
  readonly page: PageRequest;
  /** Answer only once the register has applied this position. */
  readonly minPosition?: bigint;
}

/** The advice register, the response due soonest first; advice without a due date last. */
export async function listAdvice(readModels: ReadModels, request: AdviceListRequest): Promise<Page<AdviceRegisterDoc>> {
  await readModels.waitFor([adviceRegister.name], request.minPosition);
  const { items, total } =
    request.q === undefined
      ? await readModels.list<AdviceRegisterDoc>(adviceRegister.name, adviceListQuery(request))
      : await readModels.listBy<AdviceRegisterDoc>(adviceSearchQuery(request, request.q));
  return { items, total, ...request.page };
}

/** The register's order: the response due soonest first, advice without a due date last. */
const ORDER = `COALESCE(r.doc->>'responseDueOn', '9999-12-31') COLLATE "C", r.doc->>'startedAt' DESC, r.id`;

/** The conditions, order and page of `listAdvice` without a search, for the query and for a spec that explains its plan. */
export function adviceListQuery(request: AdviceListRequest): ListOptions {
  const { municipalities, page } = request;
  return {
    where: [
      ...(municipalities ? [[`jsonb_exists_any(${ADDRESSED_TO}, ?::text[])`, municipalities] as const] : []),
      ...filtersOf(request),
    ],
    orderBy: ORDER,
    ...page,
  };
}

/**
 * `listAdvice` with a search (`q`), for the query and for a spec that explains its plan. It
 * reads the register's search rows (migration 1766600000000): their one index answers both
 * the words and the municipalities, and they hold the order's keys, so every hit is counted
 * and ordered without reading its document; only the page's documents are read, and those of
 * every hit only when another filter needs them.
 */
export function adviceSearchQuery(request: AdviceListRequest, q: string): SqlQuery {
  const params: unknown[] = [q];
  const bind = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const conditions = [`s.document @@ websearch_to_tsquery('dutch', $1)`];
  if (request.municipalities) conditions.push(`s.municipalities && ${bind(request.municipalities)}::text[]`);
  const filters = filtersOf(request);
  for (const [sql, value] of filters) conditions.push(sql.replace('?', bind(value)));
  const docs =
    filters.length === 0
      ? ''
      : `JOIN read_model_rows r ON r.projection = 'advice-register' AND r.generation = s.generation AND r.id = s.id`;
  const limit = bind(request.page.limit);
  const offset = bind(request.page.offset);
  const sql = `SELECT r.doc, page.total FROM (
      SELECT s.generation, s.id, s.due_on, s.started_at, count(*) OVER ()::text AS total
      FROM advice_search_rows s
      JOIN projection_generations g ON g.projection = 'advice-register' AND g.generation = s.generation AND g.active
      ${docs}
      WHERE ${conditions.join(' AND ')}
      ORDER BY s.due_on, s.started_at DESC, s.id LIMIT ${limit} OFFSET ${offset}) page
    JOIN read_model_rows r ON r.projection = 'advice-register' AND r.generation = page.generation AND r.id = page.id
    ORDER BY page.due_on, page.started_at DESC, page.id`;
  return { sql, params };
}

/** The filters other than the municipalities and the search, as conditions on a register row `r`. */
function filtersOf(request: AdviceListRequest): Condition[] {
  const { status, overdue, followUpOverdue, today } = request;
  const equal = (field: string, value: string | undefined): Condition[] =>
    value === undefined ? [] : [[`r.doc->>'${field}' = ?`, value]];
  return [
    ...equal('status', status),
    ...equal('bodyId', request.bodyId),
    ...equal('domain', request.domain),
    ...equal('kind', request.kind),
    ...equal('responsibleOfficial', request.responsibleOfficial),
    ...(overdue === undefined ? [] : [[overdue ? OVERDUE : `NOT ${OVERDUE}`, today] as const]),
    ...(followUpOverdue === undefined
      ? []
      : [[followUpOverdue ? FOLLOW_UP_OVERDUE : `NOT ${FOLLOW_UP_OVERDUE}`, today] as const]),
  ];
}

/** An advice trajectory's row with the signal and table rows it links (those that exist). */
export interface InfluenceChainRows {
  readonly advice: AdviceRegisterDoc;
  readonly signals: ReadonlyMap<string, SignalRegisterDoc>;
  readonly tables: ReadonlyMap<string, TableRegisterDoc>;
}

/**
 * What a trajectory's influence chain is built from, once the advice, signal and table
 * registers have applied `minPosition`; `null` when there is no such trajectory.
 */
export async function influenceChainOf(
  readModels: ReadModels,
  trajectoryId: string,
  minPosition: bigint | undefined,
): Promise<InfluenceChainRows | null> {
  await readModels.waitFor([adviceRegister.name, signalRegister.name, tableRegister.name], minPosition);
  // One statement for the row and every row it links, however many (#19's page).
  const found = await readModels.getLinked<AdviceRegisterDoc>(adviceRegister.name, trajectoryId, [
    { field: 'signalIds', projection: signalRegister.name },
    { field: 'tableIds', projection: tableRegister.name },
  ]);
  if (!found) return null;
  const [signals, tables] = found.linked as [Map<string, SignalRegisterDoc>, Map<string, TableRegisterDoc>];
  return { advice: found.doc, signals, tables };
}
