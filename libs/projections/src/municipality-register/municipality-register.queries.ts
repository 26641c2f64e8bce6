import type { Page, PageRequest } from '../queries/page';
import type { ReadModels } from '../queries/read-models';
import { municipalityRegister, type MunicipalityRegisterDoc } from './municipality-register.projection';

export interface MunicipalityListRequest {
  /** Only these municipalities; every registered one when `undefined` (the public). */
  readonly municipalities: readonly string[] | undefined;
  readonly page: PageRequest;
  /** Answer only once the register has applied this position. */
  readonly minPosition?: bigint;
}

/** The municipality register, by code. */
export async function listMunicipalities(
  readModels: ReadModels,
  request: MunicipalityListRequest,
): Promise<Page<MunicipalityRegisterDoc>> {
  await readModels.waitFor([municipalityRegister.name], request.minPosition);
  const { municipalities, page } = request;
  const { items, total } = await readModels.list<MunicipalityRegisterDoc>(municipalityRegister.name, {
    where: municipalities ? [["r.doc->>'municipalityCode' = ANY(?::text[])", municipalities]] : [],
    orderBy: 'r.id',
    ...page,
  });
  return { items, total, ...page };
}
