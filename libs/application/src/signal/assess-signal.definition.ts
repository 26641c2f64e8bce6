import { signalDecider, signalStreamId, type AssessSignal, type SignalEvent, type SignalState } from '#domain';
import type { CommandDefinition } from '../commands/command-definition';
import { flexibleShellMayNotHandleSignal, signalMunicipalities } from './signal.cross-checks';

export const assessSignal: CommandDefinition<AssessSignal, SignalEvent, SignalState> = {
  operationId: 'AssessSignal',
  decider: signalDecider,
  creates: false,
  streamId: (data) => signalStreamId(data.signalId),
  resultId: (data) => data.signalId,
  municipalities: (_data, state) => signalMunicipalities(state),
  crossCheck: (_data, state, streams, actor) => flexibleShellMayNotHandleSignal(state, streams, actor),
};
