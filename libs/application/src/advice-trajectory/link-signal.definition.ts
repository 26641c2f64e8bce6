import {
  adviceTrajectoryDecider,
  adviceTrajectoryStreamId,
  type AdviceTrajectoryEvent,
  type AdviceTrajectoryState,
  type LinkSignal,
} from '#domain';
import type { CommandDefinition } from '../commands/command-definition';
import { signalOrCollectiveSignal } from '../signal/signal.cross-checks';
import { linkedSignalMustSupportAdvice, trajectoryMunicipalities } from './advice-trajectory.cross-checks';

export const linkSignal: CommandDefinition<LinkSignal, AdviceTrajectoryEvent, AdviceTrajectoryState> = {
  operationId: 'LinkSignal',
  decider: adviceTrajectoryDecider,
  creates: false,
  streamId: (data) => adviceTrajectoryStreamId(data.trajectoryId),
  resultId: (data) => data.trajectoryId,
  municipalities: (_data, state) => trajectoryMunicipalities(state),
  crossCheck: (data, state, streams) => linkedSignalMustSupportAdvice(streams, state, data.signalId),
  /** A cluster's id names a collective signal (seed 000, 3); the store says which, not the client. */
  complete: async (data, _state, streams) =>
    (await signalOrCollectiveSignal(streams, data.signalId))?.collective ? { ...data, collective: true } : data,
};
