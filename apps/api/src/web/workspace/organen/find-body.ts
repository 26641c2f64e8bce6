import { allItems } from '../../api/all-pages';
import type { ApiClient } from '../../api/api-client';
import type { ParticipationBody } from '../../api/record-types';
import { answerOf } from '../../page/answer-of';

/**
 * The body among those the visitor may read, from every page of the list (there is no
 * GetParticipationBody); undefined when it is not among them.
 */
export async function findBody(
  api: ApiClient,
  bodyId: string,
  minPosition?: string,
): Promise<ParticipationBody | undefined> {
  const bodies = answerOf(await allItems<ParticipationBody>(api, '/participation-bodies', { minPosition }));
  return bodies.find((body) => body.id === bodyId);
}
