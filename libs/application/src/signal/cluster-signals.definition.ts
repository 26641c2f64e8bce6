import {
  signalClusterDecider,
  signalClusterStreamId,
  type ClusterSignals,
  type SignalClusterEvent,
  type SignalClusterState,
} from '#domain';
import type { CommandDefinition } from '../commands/command-definition';
import { clusteredSignalsMustBeIn, flexibleShellMayNotHandleSignal, referencedSignal } from './signal.cross-checks';

export const clusterSignals: CommandDefinition<ClusterSignals, SignalClusterEvent, SignalClusterState> = {
  operationId: 'ClusterSignals',
  decider: signalClusterDecider,
  creates: true,
  streamId: (data) => signalClusterStreamId(data.clusterId),
  resultId: (data) => data.clusterId,
  municipalities: (data) => [data.municipalityCode],
  crossCheck: async (data, _state, streams, actor) => {
    await clusteredSignalsMustBeIn(streams, data.signalIds, data.municipalityCode);
    for (const [index, signalId] of data.signalIds.entries()) {
      const signal = await referencedSignal(streams, signalId, `signalIds[${index}]`);
      await flexibleShellMayNotHandleSignal(signal, streams, actor);
    }
  },
};
