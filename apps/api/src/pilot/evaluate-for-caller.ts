import { pilotScope } from '#application';
import { dateOf } from '#domain';
import { pilotEvaluation, type PilotEvaluation, type ReadModels } from '#projections';
import type { Storage } from '#runtime';
import { ensureMayRead, type Caller } from '../read-models/viewer';

/**
 * The pilot's evaluation as of today, once the caller is known to act for one of its
 * municipalities (403 otherwise): what the JSON answer and the CSV export both present.
 */
export async function evaluateForCaller(
  sources: { readonly storage: Storage; readonly readModels: ReadModels },
  pilotId: string,
  caller: Caller,
  minPosition: bigint | undefined,
): Promise<PilotEvaluation> {
  const { pilot, municipalityCodes, bodies, findings } = await pilotScope(sources.storage.eventStore, pilotId);
  ensureMayRead(caller, ...municipalityCodes);
  const today = dateOf(new Date().toISOString());
  return pilotEvaluation(sources.readModels, { pilot, bodies, findings, today, minPosition });
}
