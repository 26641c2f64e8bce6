import { assertNever, type Decider } from '../kit';
import { decideAssessSignal } from './assess-signal.decide';
import { decideCloseSignal } from './close-signal.decide';
import { decideRecordSignal } from './record-signal.decide';
import { decideReferSignal } from './refer-signal.decide';
import type { SignalCommand } from './signal.commands';
import type { SignalEvent } from './signal.events';
import { evolveSignal, initialSignalState, type SignalState } from './signal.state';

export const SIGNAL_STREAM_PREFIX = 'signal-';

export function signalStreamId(signalId: string): string {
  return `${SIGNAL_STREAM_PREFIX}${signalId}`;
}

function decideSignal(command: SignalCommand, state: SignalState): SignalEvent[] {
  switch (command.type) {
    case 'RecordSignal':
      return decideRecordSignal(command, state);
    case 'AssessSignal':
      return decideAssessSignal(command, state);
    case 'ReferSignal':
      return decideReferSignal(command, state);
    case 'CloseSignal':
      return decideCloseSignal(command, state);
    default:
      return assertNever(command);
  }
}

export const signalDecider: Decider<SignalCommand, SignalEvent, SignalState> = {
  decide: decideSignal,
  evolve: evolveSignal,
  initialState: initialSignalState,
};
