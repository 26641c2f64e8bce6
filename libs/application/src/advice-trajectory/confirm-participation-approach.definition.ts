import {
  adviceTrajectoryDecider,
  adviceTrajectoryStreamId,
  type AdviceTrajectoryEvent,
  type AdviceTrajectoryState,
  type ConfirmParticipationApproach,
} from '#domain';
import type { CommandDefinition } from '../commands/command-definition';
import { trajectoryMunicipalities } from './advice-trajectory.cross-checks';

export const confirmParticipationApproach: CommandDefinition<
  ConfirmParticipationApproach,
  AdviceTrajectoryEvent,
  AdviceTrajectoryState
> = {
  operationId: 'ConfirmParticipationApproach',
  decider: adviceTrajectoryDecider,
  creates: false,
  streamId: (data) => adviceTrajectoryStreamId(data.trajectoryId),
  resultId: (data) => data.trajectoryId,
  municipalities: (_data, state) => trajectoryMunicipalities(state),
};
