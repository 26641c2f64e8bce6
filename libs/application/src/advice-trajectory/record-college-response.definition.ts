import {
  adviceTrajectoryDecider,
  adviceTrajectoryStreamId,
  type AdviceTrajectoryEvent,
  type AdviceTrajectoryState,
  type RecordCollegeResponse,
} from '#domain';
import type { CommandDefinition } from '../commands/command-definition';
import { collegeMunicipalities } from './advice-trajectory.cross-checks';

export const recordCollegeResponse: CommandDefinition<
  RecordCollegeResponse,
  AdviceTrajectoryEvent,
  AdviceTrajectoryState
> = {
  operationId: 'RecordCollegeResponse',
  decider: adviceTrajectoryDecider,
  creates: false,
  streamId: (data) => adviceTrajectoryStreamId(data.trajectoryId),
  resultId: (data) => data.trajectoryId,
  /** Each addressed college answers for its own municipality. */
  municipalities: (data, state) => collegeMunicipalities(data, state),
};
