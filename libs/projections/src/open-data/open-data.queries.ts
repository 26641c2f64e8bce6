import type { AdviceRegisterDoc } from '../advice-register/advice-register.doc';
import { adviceRegister } from '../advice-register/advice-register.projection';
import { ADDRESSED_TO } from '../advice-register/advice-register.sql';
import type { ReadModels } from '../queries/read-models';
import { OPEN_DATA_SETS, type OpenDataRow, type OpenDataSet } from './open-data.datasets';

const BATCH = 500;

/** Every trajectory addressed to the municipality, oldest first: what its open-data files hold. */
async function adviceOf(readModels: ReadModels, municipalityCode: string): Promise<AdviceRegisterDoc[]> {
  const docs: AdviceRegisterDoc[] = [];
  for (let offset = 0; ; offset += BATCH) {
    const { items } = await readModels.list<AdviceRegisterDoc>(adviceRegister.name, {
      where: [[`jsonb_exists_any(${ADDRESSED_TO}, ?::text[])`, [municipalityCode]]],
      orderBy: "r.doc->>'startedAt', r.id",
      offset,
      limit: BATCH,
    });
    docs.push(...items);
    if (items.length < BATCH) return docs;
  }
}

/** The rows of one dataset of one municipality, as the register holds them now. */
export async function openDataRows(
  readModels: ReadModels,
  set: OpenDataSet,
  municipalityCode: string,
): Promise<OpenDataRow[]> {
  return set.rows(await adviceOf(readModels, municipalityCode), municipalityCode);
}

/** The dataset by its name in the URL, or `undefined`. */
export function openDataSet(name: string): OpenDataSet | undefined {
  return OPEN_DATA_SETS.find((set) => set.name === name);
}
