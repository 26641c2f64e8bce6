import { signalDecider, signalStreamId, type CloseSignal, type SignalEvent, type SignalState } from '#domain';
import type { CommandDefinition } from '../commands/command-definition';
import { clusterMustHoldSignal, flexibleShellMayNotHandleSignal, signalMunicipalities } from './signal.cross-checks';

export const closeSignal: CommandDefinition<CloseSignal, SignalEvent, SignalState> = {
  operationId: 'CloseSignal',
  decider: signalDecider,
  creates: false,
  streamId: (data) => signalStreamId(data.signalId),
  resultId: (data) => data.signalId,
  municipalities: (_data, state) => signalMunicipalities(state),
  /** A signal that closes as part of a collective signal names it; no referral is needed then. */
  crossCheck: async (data, state, streams, actor) => {
    await flexibleShellMayNotHandleSignal(state, streams, actor);
    if (data.clusterId !== undefined) await clusterMustHoldSignal(streams, data.clusterId, data.signalId);
  },
};
