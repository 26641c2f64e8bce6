import {
  adviceTrajectoryDecider,
  adviceTrajectoryStreamId,
  type AdviceTrajectoryEvent,
  type AdviceTrajectoryState,
  type RecordCollegeResponse,
} from '#domain';
import type { CommandDefinition } from '../commands/command-definition';
import { trajectoryMunicipalities } from './advice-trajectory.cross-checks';

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
  municipalities: (_data, state) => trajectoryMunicipalities(state),
};
