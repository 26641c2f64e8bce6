import {
  adviceTrajectoryDecider,
  adviceTrajectoryStreamId,
  type AdviceTrajectoryEvent,
  type AdviceTrajectoryState,
  type AttachToCouncilProposal,
} from '#domain';
import type { CommandDefinition } from '../commands/command-definition';
import { trajectoryMunicipalities } from './advice-trajectory.cross-checks';

export const attachToCouncilProposal: CommandDefinition<
  AttachToCouncilProposal,
  AdviceTrajectoryEvent,
  AdviceTrajectoryState
> = {
  operationId: 'AttachToCouncilProposal',
  decider: adviceTrajectoryDecider,
  creates: false,
  streamId: (data) => adviceTrajectoryStreamId(data.trajectoryId),
  resultId: (data) => data.trajectoryId,
  municipalities: (_data, state) => trajectoryMunicipalities(state),
};
