import type { Page, PageRequest } from '../queries/page';
import type { ReadModels } from '../queries/read-models';
import type { TableRegisterDoc } from './table-register.doc';
import { tableRegister } from './table-register.projection';

export const TABLE_REGISTER_STATUSES: readonly TableRegisterDoc['status'][] = ['open', 'closed'];

export interface TableListRequest {
  /** Only tables of these municipalities. */
  readonly municipalities: readonly string[];
  readonly status?: TableRegisterDoc['status'];
  readonly page: PageRequest;
  /** Answer only once the register has applied this position. */
  readonly minPosition?: bigint;
}

/** The table register, most recently opened first. */
export async function listTables(readModels: ReadModels, request: TableListRequest): Promise<Page<TableRegisterDoc>> {
  await readModels.waitFor([tableRegister.name], request.minPosition);
  const { status, page } = request;
  const { items, total } = await readModels.list<TableRegisterDoc>(tableRegister.name, {
    where: [
      ["r.doc->>'municipalityCode' = ANY(?::text[])", request.municipalities],
      ...(status ? [["r.doc->>'status' = ?", status] as const] : []),
    ],
    orderBy: "r.doc->>'openedAt' DESC, r.id",
    ...page,
  });
  return { items, total, ...page };
}

/** One temporary table once the register has applied `minPosition`; `null` when there is none. */
export async function findTable(
  readModels: ReadModels,
  tableId: string,
  minPosition: bigint | undefined,
): Promise<TableRegisterDoc | null> {
  await readModels.waitFor([tableRegister.name], minPosition);
  return readModels.get<TableRegisterDoc>(tableRegister.name, tableId);
}
