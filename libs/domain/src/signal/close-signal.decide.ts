import { personal } from '../kit';
import type { CloseSignal } from './signal.commands';
import type { SignalClosed } from './signal.events';
import {
  individualSignalsAreReferredBeforeClosing,
  onlyClusteredSignalsCloseAsClustered,
  signalMustBeAssessed,
  signalMustBeOpen,
  signalMustExist,
} from './signal.rules';
import type { SignalState } from './signal.state';
import { closeMustStateWhetherFeedbackWasGiven, closeNeedsAnOutcome, optionalText } from './signal-input.rules';

export function decideCloseSignal(command: CloseSignal, state: SignalState): SignalClosed[] {
  const { data } = command;
  signalMustExist(state);
  signalMustBeOpen(state);
  signalMustBeAssessed(state, 'closed');
  const outcome = closeNeedsAnOutcome(data.outcome);
  const clusterId = optionalText(data.clusterId);
  const closesAsClustered = onlyClusteredSignalsCloseAsClustered(outcome, clusterId);
  individualSignalsAreReferredBeforeClosing(state, closesAsClustered);
  closeMustStateWhetherFeedbackWasGiven(data.feedbackGiven);
  return [
    {
      type: 'SignalClosed',
      data: {
        signalId: state.signalId,
        outcome: personal(state.subjectId, outcome),
        feedbackGiven: data.feedbackGiven,
        ...(clusterId === undefined ? {} : { clusterId }),
      },
    },
  ];
}
