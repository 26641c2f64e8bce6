import {
  adviceTrajectoryDecider,
  adviceTrajectoryStreamId,
  type AdviceTrajectoryEvent,
  type AdviceTrajectoryState,
  type AttachToCouncilProposal,
} from '#domain';
import type { CommandDefinition } from '../commands/command-definition';
import { collegeMunicipalities } from './advice-trajectory.cross-checks';

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
  /** A council proposal belongs to one municipality's council. */
  municipalities: (data, state) => collegeMunicipalities(data, state),
};
