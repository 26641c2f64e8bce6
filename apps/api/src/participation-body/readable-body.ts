import { DomainError } from '#domain';
import { bodyIdsServing, findBody, type BodyRegisterDoc, type ReadModels } from '#projections';
import { ensureMayRead, type Viewer } from '../read-models/viewer';

/**
 * The body's row once the registers have applied `minPosition`: 404 when there is none, 403
 * when the viewer acts for none of the municipalities it serves.
 */
export async function readableBody(
  readModels: ReadModels,
  viewer: Viewer,
  bodyId: string,
  minPosition: bigint | undefined,
  alsoWaitFor: readonly string[] = [],
): Promise<BodyRegisterDoc> {
  const body = await findBody(readModels, bodyId, minPosition, alsoWaitFor);
  if (!body) throw new DomainError('PARTICIPATION_BODY.NOT_FOUND', 'There is no such participation body.', 'not-found');
  ensureMayRead(viewer, ...body.municipalityCodes);
  return body;
}

/**
 * The bodies a list may show: the one asked for (once readable), else those serving the
 * caller's municipalities; `undefined` for the public, who may see every body.
 */
export async function readableBodyIds(
  readModels: ReadModels,
  viewer: Viewer,
  bodyId: string | undefined,
  minPosition: bigint | undefined,
): Promise<readonly string[] | undefined> {
  if (bodyId) return [(await readableBody(readModels, viewer, bodyId, minPosition)).bodyId];
  if (viewer.kind === 'public') return undefined;
  return bodyIdsServing(readModels, viewer.principal.municipalities, minPosition);
}

/** Those who keep the body's membership see every count; everyone else no count from 1 to 4. */
export function seesSmallCounts(viewer: Viewer): boolean {
  return viewer.kind === 'caller' && viewer.principal.roles.some((role) => role === 'admin' || role === 'secretary');
}
