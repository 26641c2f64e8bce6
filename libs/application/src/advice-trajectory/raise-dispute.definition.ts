import {
  adviceTrajectoryDecider,
  adviceTrajectoryStreamId,
  type AdviceTrajectoryEvent,
  type AdviceTrajectoryState,
  type RaiseDispute,
} from '#domain';
import type { CommandDefinition } from '../commands/command-definition';
import { trajectoryMunicipalities } from './advice-trajectory.cross-checks';

export const raiseDispute: CommandDefinition<RaiseDispute, AdviceTrajectoryEvent, AdviceTrajectoryState> = {
  operationId: 'RaiseDispute',
  decider: adviceTrajectoryDecider,
  creates: false,
  streamId: (data) => adviceTrajectoryStreamId(data.trajectoryId),
  resultId: (data) => data.trajectoryId,
  municipalities: (_data, state) => trajectoryMunicipalities(state),
};
