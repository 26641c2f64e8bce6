import { signalDecider, signalStreamId, type CloseSignal, type SignalEvent, type SignalState } from '#domain';
import type { CommandDefinition } from '../commands/command-definition';
import { signalMunicipalities } from './signal.cross-checks';

export const closeSignal: CommandDefinition<CloseSignal, SignalEvent, SignalState> = {
  operationId: 'CloseSignal',
  decider: signalDecider,
  creates: false,
  streamId: (data) => signalStreamId(data.signalId),
  resultId: (data) => data.signalId,
  municipalities: (_data, state) => signalMunicipalities(state),
};
