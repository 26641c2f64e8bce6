import { personal } from '../kit';
import type { AssessSignal } from './signal.commands';
import type { SignalAssessed } from './signal.events';
import { signalMustBeOpen, signalMustExist } from './signal.rules';
import type { SignalState } from './signal.state';
import { assessmentNeedsAKnownScope, assessmentNeedsARationale } from './signal-input.rules';

/** Assessing again is allowed until the signal is closed: the new assessment supersedes the earlier one. */
export function decideAssessSignal(command: AssessSignal, state: SignalState): SignalAssessed[] {
  const { data } = command;
  signalMustExist(state);
  signalMustBeOpen(state);
  const scope = assessmentNeedsAKnownScope(data.scope);
  const rationale = assessmentNeedsARationale(data.rationale);
  return [
    {
      type: 'SignalAssessed',
      data: { signalId: state.signalId, scope, rationale: personal(state.subjectId, rationale) },
    },
  ];
}
