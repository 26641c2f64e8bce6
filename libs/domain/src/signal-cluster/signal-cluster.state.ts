import { assertNever } from '../kit';
import type { SignalClusterEvent, SignalsClustered } from './signal-cluster.events';

export type SignalClusterState =
  { readonly status: 'none' } | ({ readonly status: 'clustered' } & SignalsClustered['data']);

export function initialSignalClusterState(): SignalClusterState {
  return { status: 'none' };
}

export function evolveSignalCluster(_state: SignalClusterState, event: SignalClusterEvent): SignalClusterState {
  switch (event.type) {
    case 'SignalsClustered':
      return { status: 'clustered', ...event.data };
    default:
      return assertNever(event.type);
  }
}
