import type { Page, PageRequest } from '../queries/page';
import type { ReadModels } from '../queries/read-models';
import { signalRegister, type SignalRegisterDoc } from './signal-register.projection';

export const SIGNAL_REGISTER_STATUSES: readonly SignalRegisterDoc['status'][] = ['recorded', 'assessed', 'closed'];

export interface SignalListRequest {
  /** Only signals of these municipalities. */
  readonly municipalities: readonly string[];
  readonly status?: SignalRegisterDoc['status'];
  readonly scope?: NonNullable<SignalRegisterDoc['scope']>;
  readonly page: PageRequest;
  /** Answer only once the register has applied this position. */
  readonly minPosition?: bigint;
}

/** The signal register, newest received first. */
export async function listSignals(
  readModels: ReadModels,
  request: SignalListRequest,
): Promise<Page<SignalRegisterDoc>> {
  await readModels.waitFor([signalRegister.name], request.minPosition);
  const { status, scope, page } = request;
  const { items, total } = await readModels.list<SignalRegisterDoc>(signalRegister.name, {
    where: [
      ["r.doc->>'municipalityCode' = ANY(?::text[])", request.municipalities],
      ...(status ? [["r.doc->>'status' = ?", status] as const] : []),
      ...(scope ? [["r.doc->>'scope' = ?", scope] as const] : []),
    ],
    orderBy: "r.doc->>'receivedOn' DESC, r.id",
    ...page,
  });
  return { items, total, ...page };
}

/** One signal once the register has applied `minPosition`; `null` when there is none. */
export async function findSignal(
  readModels: ReadModels,
  signalId: string,
  minPosition: bigint | undefined,
): Promise<SignalRegisterDoc | null> {
  await readModels.waitFor([signalRegister.name], minPosition);
  return readModels.get<SignalRegisterDoc>(signalRegister.name, signalId);
}
