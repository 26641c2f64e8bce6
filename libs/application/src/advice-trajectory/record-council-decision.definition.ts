import {
  adviceTrajectoryDecider,
  adviceTrajectoryStreamId,
  type AdviceTrajectoryEvent,
  type AdviceTrajectoryState,
  type RecordCouncilDecision,
} from '#domain';
import type { CommandDefinition } from '../commands/command-definition';
import { collegeMunicipalities } from './advice-trajectory.cross-checks';

export const recordCouncilDecision: CommandDefinition<
  RecordCouncilDecision,
  AdviceTrajectoryEvent,
  AdviceTrajectoryState
> = {
  operationId: 'RecordCouncilDecision',
  decider: adviceTrajectoryDecider,
  creates: false,
  streamId: (data) => adviceTrajectoryStreamId(data.trajectoryId),
  resultId: (data) => data.trajectoryId,
  /** Each council decides on its own proposal. */
  municipalities: (data, state) => collegeMunicipalities(data, state),
};
