import type { Decider } from '../kit';
import type { SignalClusterCommand } from './signal-cluster.commands';
import type { SignalClusterEvent } from './signal-cluster.events';
import {
  clusterMustNotExistYet,
  clusterNeedsATitle,
  clusterNeedsTwoOrMoreSignals,
  municipalityMustBeNamedByCode,
} from './signal-cluster.rules';
import { evolveSignalCluster, initialSignalClusterState, type SignalClusterState } from './signal-cluster.state';

/** Not `signal-cluster-`: every stream whose id starts with `signal-` is a single signal. */
export const SIGNAL_CLUSTER_STREAM_PREFIX = 'collective-signal-';

export function signalClusterStreamId(clusterId: string): string {
  return `${SIGNAL_CLUSTER_STREAM_PREFIX}${clusterId}`;
}

function decideSignalCluster(command: SignalClusterCommand, state: SignalClusterState): SignalClusterEvent[] {
  const { data } = command;
  clusterMustNotExistYet(state.status !== 'none');
  clusterNeedsTwoOrMoreSignals(data.signalIds);
  clusterNeedsATitle(data.title);
  municipalityMustBeNamedByCode(data.municipalityCode);
  return [
    {
      type: 'SignalsClustered',
      data: {
        clusterId: data.clusterId,
        signalIds: [...data.signalIds],
        title: data.title.trim(),
        municipalityCode: data.municipalityCode,
      },
    },
  ];
}

export const signalClusterDecider: Decider<SignalClusterCommand, SignalClusterEvent, SignalClusterState> = {
  decide: decideSignalCluster,
  evolve: evolveSignalCluster,
  initialState: initialSignalClusterState,
};
