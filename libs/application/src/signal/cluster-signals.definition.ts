import {
  signalClusterDecider,
  signalClusterStreamId,
  type ClusterSignals,
  type SignalClusterEvent,
  type SignalClusterState,
} from '#domain';
import type { CommandDefinition } from '../commands/command-definition';
import { clusteredSignalsMustBeIn } from './signal.cross-checks';

export const clusterSignals: CommandDefinition<ClusterSignals, SignalClusterEvent, SignalClusterState> = {
  operationId: 'ClusterSignals',
  decider: signalClusterDecider,
  creates: true,
  streamId: (data) => signalClusterStreamId(data.clusterId),
  resultId: (data) => data.clusterId,
  municipalities: (data) => [data.municipalityCode],
  crossCheck: (data, _state, streams) => clusteredSignalsMustBeIn(streams, data.signalIds, data.municipalityCode),
};
