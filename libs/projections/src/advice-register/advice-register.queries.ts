import type { Page, PageRequest } from '../queries/page';
import type { ReadModels } from '../queries/read-models';
import { signalRegister, type SignalRegisterDoc } from '../signal-register/signal-register.projection';
import type { TableRegisterDoc } from '../table-register/table-register.doc';
import { tableRegister } from '../table-register/table-register.projection';
import type { AdviceRegisterDoc, AdviceRegisterStatus } from './advice-register.doc';
import { adviceRegister } from './advice-register.projection';

export interface AdviceListRequest {
  /** Only advice of these municipalities; of every one when `undefined` (the public). */
  readonly municipalities: readonly string[] | undefined;
  readonly status?: AdviceRegisterStatus;
  /** `true`: only advice whose response is overdue on `today`; `false`: the rest. */
  readonly overdue?: boolean;
  /** The date (YYYY-MM-DD, Europe/Amsterdam) that `overdue` is judged on. */
  readonly today: string;
  readonly page: PageRequest;
  /** Answer only once the register has applied this position. */
  readonly minPosition?: bigint;
}

/** Advice issued, no response yet, and due before `?` (today): the same rule as `isAdviceOverdue`. */
const OVERDUE = `(r.doc->>'status' = 'advised' AND COALESCE((r.doc->>'responseDueOn') COLLATE "C" < ?, false))`;

/** The advice register, the response due soonest first; advice without a due date last. */
export async function listAdvice(readModels: ReadModels, request: AdviceListRequest): Promise<Page<AdviceRegisterDoc>> {
  await readModels.waitFor([adviceRegister.name], request.minPosition);
  const { municipalities, status, overdue, today, page } = request;
  const { items, total } = await readModels.list<AdviceRegisterDoc>(adviceRegister.name, {
    where: [
      ...(municipalities ? [["r.doc->>'municipalityCode' = ANY(?::text[])", municipalities] as const] : []),
      ...(status ? [["r.doc->>'status' = ?", status] as const] : []),
      ...(overdue === undefined ? [] : [[overdue ? OVERDUE : `NOT ${OVERDUE}`, today] as const]),
    ],
    orderBy: `COALESCE(r.doc->>'responseDueOn', '9999-12-31') COLLATE "C", r.doc->>'startedAt' DESC, r.id`,
    ...page,
  });
  return { items, total, ...page };
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
