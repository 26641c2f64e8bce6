import type { ApiClient } from '../api/api-client';
import type { InfluenceChain } from '../api/api-types';
import { answerOf } from '../page/answer-of';

/** The trajectory a form acts on, read with the visitor's token (404 or 403 as the API says). */
export async function trajectoryOf(api: ApiClient, trajectoryId: string): Promise<InfluenceChain> {
  return answerOf(await api.get<InfluenceChain>(`/advice-trajectories/${trajectoryId}/influence-chain`));
}

export const trajectoryDone =
  (trajectoryId: string) =>
  (answer: { position: number }): string =>
    `/trajecten/${trajectoryId}?na=${answer.position}`;
