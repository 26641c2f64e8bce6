import type { ApiResult } from '../api/api-client';
import type { InfluenceChain, Municipality, TrajectoryHistory } from '../api/api-types';
import type { TrajectoryRecord } from '../api/record-types';
import type { TrajectoryCheckpoints } from './trajectory/event-checkpoint';
import type { TrajectoryDocument } from './trajectory/trajectory-documents';

/** The injection token of {@link PublicReads}. */
export const PUBLIC_READS = Symbol('PublicReads');

/**
 * What the public pages about a trajectory read, answered in this process by the same query
 * handlers and presenters as the API's public (tokenless) answers, without a loopback HTTP
 * call per piece: each answer is the API's own, failures included (status and problem), so a
 * page treats it as it treats the API client's. `minPosition` is a command's position (`?na=`).
 */
export interface PublicReads {
  /** GetInfluenceChain. */
  influenceChain(trajectoryId: string, minPosition?: string): Promise<ApiResult<InfluenceChain>>;
  /** GetTrajectoryHistory, as it stands now or as of an instant. */
  history(trajectoryId: string, asOf?: Date): Promise<ApiResult<TrajectoryHistory & TrajectoryRecord>>;
  /**
   * When the first signed checkpoint holding each of these events of the trajectory (their
   * positions, from its history) was signed: GetTrajectoryCheckpoints' `checkpointSignedAt`
   * without the proofs, which the page links to but does not show. An event in none yet is left out.
   */
  checkpoints(trajectoryId: string, positions: readonly number[]): Promise<ApiResult<TrajectoryCheckpoints>>;
  /** ListTrajectoryDocuments. */
  documents(trajectoryId: string, minPosition?: string): Promise<ApiResult<{ items: TrajectoryDocument[] }>>;
  /** ListMunicipalities, every page of it. */
  municipalities(): Promise<ApiResult<readonly Municipality[]>>;
}
