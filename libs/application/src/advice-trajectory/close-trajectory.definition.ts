import {
  adviceTrajectoryDecider,
  adviceTrajectoryStreamId,
  type AdviceTrajectoryEvent,
  type AdviceTrajectoryState,
  type CloseTrajectory,
} from '#domain';
import type { CommandDefinition } from '../commands/command-definition';
import { trajectoryMunicipalities } from './advice-trajectory.cross-checks';

export const closeTrajectory: CommandDefinition<CloseTrajectory, AdviceTrajectoryEvent, AdviceTrajectoryState> = {
  operationId: 'CloseTrajectory',
  decider: adviceTrajectoryDecider,
  creates: false,
  streamId: (data) => adviceTrajectoryStreamId(data.trajectoryId),
  resultId: (data) => data.trajectoryId,
  municipalities: (_data, state) => trajectoryMunicipalities(state),
};
