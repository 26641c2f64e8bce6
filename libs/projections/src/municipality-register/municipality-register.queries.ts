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

/**
 * The municipality register, by code. Every trajectory page lists it (#19), and it changes
 * rarely: the answer is kept until the read models next commit (ADR 52).
 */
export function listMunicipalities(
  readModels: ReadModels,
  request: MunicipalityListRequest,
): Promise<Page<MunicipalityRegisterDoc>> {
  const { municipalities, page, minPosition } = request;
  return readModels.remember('listMunicipalities', request, async () => {
    await readModels.waitFor([municipalityRegister.name], minPosition);
    const { items, total } = await readModels.list<MunicipalityRegisterDoc>(municipalityRegister.name, {
      where: municipalities ? [["r.doc->>'municipalityCode' = ANY(?::text[])", municipalities]] : [],
      orderBy: 'r.id',
      ...page,
    });
    return { items, total, ...page };
  });
}
