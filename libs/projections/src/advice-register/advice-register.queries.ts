import type { AdviceKind, SocialDomain } from '#domain';
import { ADVICE_SEARCH_DOCUMENT as SEARCH_DOCUMENT } from '../migrations/1765100000000-advice-search-index';
import type { Page, PageRequest } from '../queries/page';
import type { Condition, ListOptions, ReadModels } from '../queries/read-models';
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
  const { items, total } = await readModels.list<AdviceRegisterDoc>(adviceRegister.name, adviceListQuery(request));
  return { items, total, ...request.page };
}

/** The conditions, order and page of `listAdvice`, for the query itself and for a spec that explains its plan. */
export function adviceListQuery(request: AdviceListRequest): ListOptions {
  const { municipalities, status, overdue, followUpOverdue, today, page } = request;
  const equal = (field: string, value: string | undefined): Condition[] =>
    value === undefined ? [] : [[`r.doc->>'${field}' = ?`, value]];
  return {
    where: [
      ...(municipalities ? [[`jsonb_exists_any(${ADDRESSED_TO}, ?::text[])`, municipalities] as const] : []),
      ...equal('status', status),
      ...equal('bodyId', request.bodyId),
      ...equal('domain', request.domain),
      ...equal('kind', request.kind),
      ...equal('responsibleOfficial', request.responsibleOfficial),
      ...(request.q === undefined
        ? []
        : [[`${SEARCH_DOCUMENT} @@ websearch_to_tsquery('dutch', ?)`, request.q] as const]),
      ...(overdue === undefined ? [] : [[overdue ? OVERDUE : `NOT ${OVERDUE}`, today] as const]),
      ...(followUpOverdue === undefined
        ? []
        : [[followUpOverdue ? FOLLOW_UP_OVERDUE : `NOT ${FOLLOW_UP_OVERDUE}`, today] as const]),
    ],
    orderBy: `COALESCE(r.doc->>'responseDueOn', '9999-12-31') COLLATE "C", r.doc->>'startedAt' DESC, r.id`,
    ...page,
  };
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
  const advice = await readModels.get<AdviceRegisterDoc>(adviceRegister.name, trajectoryId);
  if (!advice) return null;
  const [signals, tables] = await Promise.all([
    rowsOf<SignalRegisterDoc>(readModels, signalRegister.name, advice.signalIds),
    rowsOf<TableRegisterDoc>(readModels, tableRegister.name, advice.tableIds),
  ]);
  return { advice, signals, tables };
}

/** The rows of these ids that exist, one after another: a trajectory links a handful. */
async function rowsOf<TDoc>(
  readModels: ReadModels,
  projection: string,
  ids: readonly string[],
): Promise<Map<string, TDoc>> {
  const found = new Map<string, TDoc>();
  for (const id of ids) {
    const doc = await readModels.get<TDoc>(projection, id);
    if (doc) found.set(id, doc);
  }
  return found;
}
