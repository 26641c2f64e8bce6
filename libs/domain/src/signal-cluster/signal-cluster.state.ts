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

/**
 * A cluster is a collective signal (seed 000, 3): it can be linked to a trajectory and named on
 * an agenda item like a single signal. Whether it holds the given signal, for closing that
 * signal as clustered.
 */
export function clusterHoldsSignal(state: SignalClusterState, signalId: string): boolean {
  return state.status === 'clustered' && state.signalIds.includes(signalId);
}

/** Whether the id names a collective signal that exists, for LinkSignal and AddAgendaItem. */
export function isCollectiveSignal(
  state: SignalClusterState,
): state is Extract<SignalClusterState, { status: 'clustered' }> {
  return state.status === 'clustered';
}
