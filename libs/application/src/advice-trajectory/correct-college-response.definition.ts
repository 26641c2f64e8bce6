import {
  adviceTrajectoryDecider,
  adviceTrajectoryStreamId,
  type AdviceTrajectoryEvent,
  type AdviceTrajectoryState,
  type CorrectCollegeResponse,
} from '#domain';
import type { CommandDefinition } from '../commands/command-definition';
import { collegeMunicipalities } from './advice-trajectory.cross-checks';

export const correctCollegeResponse: CommandDefinition<
  CorrectCollegeResponse,
  AdviceTrajectoryEvent,
  AdviceTrajectoryState
> = {
  operationId: 'CorrectCollegeResponse',
  decider: adviceTrajectoryDecider,
  creates: false,
  streamId: (data) => adviceTrajectoryStreamId(data.trajectoryId),
  resultId: (data) => data.trajectoryId,
  /** Only the college that answered corrects its answer. */
  municipalities: (data, state) => collegeMunicipalities(data, state),
};
