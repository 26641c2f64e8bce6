import type { Page, PageRequest } from '../queries/page';
import type { ReadModels } from '../queries/read-models';
import { pilotRegister, type PilotRegisterDoc } from './pilot-register.projection';

export interface PilotListRequest {
  /** Only pilots of which one of these bodies is part; every pilot when `undefined`. */
  readonly bodyIds: readonly string[] | undefined;
  readonly page: PageRequest;
  /** Answer only once the register has applied this position. */
  readonly minPosition?: bigint;
}

const OF_ANY_BODY = "EXISTS (SELECT 1 FROM jsonb_array_elements_text(r.doc->'bodyIds') b WHERE b = ANY(?::text[]))";

/** The pilots, latest start first. */
export async function listPilots(readModels: ReadModels, request: PilotListRequest): Promise<Page<PilotRegisterDoc>> {
  await readModels.waitFor([pilotRegister.name], request.minPosition);
  const { bodyIds, page } = request;
  const { items, total } = await readModels.list<PilotRegisterDoc>(pilotRegister.name, {
    where: bodyIds ? [[OF_ANY_BODY, bodyIds]] : [],
    orderBy: "r.doc->>'startsOn' DESC, r.id",
    ...page,
  });
  return { items, total, ...page };
}
