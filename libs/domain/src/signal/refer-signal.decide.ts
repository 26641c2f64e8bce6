import { personal } from '../kit';
import type { ReferSignal } from './signal.commands';
import type { SignalReferred } from './signal.events';
import {
  onlyIndividualSignalsAreReferred,
  signalMustBeAssessed,
  signalMustBeOpen,
  signalMustExist,
} from './signal.rules';
import type { SignalState } from './signal.state';
import { optionalText, referralNeedsAnOrganisation } from './signal-input.rules';

export function decideReferSignal(command: ReferSignal, state: SignalState): SignalReferred[] {
  const { data } = command;
  signalMustExist(state);
  signalMustBeOpen(state);
  signalMustBeAssessed(state, 'referred');
  onlyIndividualSignalsAreReferred(state);
  const referredTo = referralNeedsAnOrganisation(data.referredTo);
  const note = optionalText(data.note);
  return [
    {
      type: 'SignalReferred',
      data: {
        signalId: state.signalId,
        referredTo,
        ...(note === undefined ? {} : { note: personal(state.subjectId, note) }),
      },
    },
  ];
}
