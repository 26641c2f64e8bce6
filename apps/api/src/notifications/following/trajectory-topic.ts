import { trajectoryHistory } from '#application';
import type { Topic } from '#notifications';
import type { Storage } from '#runtime';
import { ensureMayRead, type Caller } from '../../read-models/viewer';

/** The trajectory as a topic to follow: 404 for one that does not exist, 403 for one of another municipality. */
export async function trajectoryTopicFor(storage: Storage, trajectoryId: string, caller: Caller): Promise<Topic> {
  const history = await trajectoryHistory(storage.eventStore, trajectoryId);
  ensureMayRead(caller, history.municipalityCode, ...history.state.addressedTo);
  return { kind: 'trajectory', id: trajectoryId };
}
