import { municipalitiesOfStream } from '#application';
import { adviceTrajectoryStreamId, DomainError } from '#domain';
import type { Storage } from '#runtime';
import { ensureMayRead, type Viewer } from '../../read-models/viewer';

/** The trajectory's stream, once it is known to exist and the viewer may read it (404, 403). */
export async function readableTrajectoryStream(
  storage: Storage,
  trajectoryId: string,
  viewer: Viewer,
): Promise<string> {
  const streamId = adviceTrajectoryStreamId(trajectoryId);
  const [first] = await storage.sealedEventStore.readStream(streamId, { maxCount: 1 });
  if (!first) throw new DomainError('ADVICE_TRAJECTORY.NOT_FOUND', 'There is no such advice trajectory.', 'not-found');
  // The same rule as its history: the public reads every trajectory, a caller those of their municipalities.
  ensureMayRead(viewer, ...municipalitiesOfStream(first));
  return streamId;
}
