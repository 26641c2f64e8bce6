import {
  adviceTrajectoryDecider,
  adviceTrajectoryStreamId,
  type AdviceTrajectoryEvent,
  type AdviceTrajectoryState,
  type LinkTemporaryTable,
} from '#domain';
import type { CommandDefinition } from '../commands/command-definition';
import { linkedTableMustBeInMunicipality, trajectoryMunicipalities } from './advice-trajectory.cross-checks';

export const linkTemporaryTable: CommandDefinition<LinkTemporaryTable, AdviceTrajectoryEvent, AdviceTrajectoryState> = {
  operationId: 'LinkTemporaryTable',
  decider: adviceTrajectoryDecider,
  creates: false,
  streamId: (data) => adviceTrajectoryStreamId(data.trajectoryId),
  resultId: (data) => data.trajectoryId,
  municipalities: (_data, state) => trajectoryMunicipalities(state),
  crossCheck: (data, state, streams) => linkedTableMustBeInMunicipality(streams, state, data.tableId),
};
