import { DomainError } from '#domain';
import { findBody, type BodyRegisterDoc, type ReadModels } from '#projections';
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
