import type { FormDefinition, FormItem } from '../../forms/form-model';
import { commandOf, yesNo } from '../plain-command';
import { workspaceListDone } from '../workspace-done';
import type { SignedInContext } from '../workspace-page';

/** CloseSignal: what became of the signal, and whether the reporter heard back. */
export function closeSignalForm(context: SignedInContext, signalId: string): FormDefinition {
  const { forms } = context.t;
  const f = forms.closeSignal;
  const items: FormItem[] = [
    { kind: 'textarea', name: 'outcome', label: f.outcome, required: true },
    yesNo('feedbackGiven', f.feedbackGiven, forms.yes, forms.no),
    { kind: 'text', name: 'clusterId', label: f.clusterId, hint: f.clusterIdHint },
  ];
  return {
    title: f.title,
    submitLabel: f.submit,
    backHref: '/werkruimte#signalen',
    items,
    command: commandOf(`/signals/${signalId}/_close`, items),
    doneHref: workspaceListDone('signalen'),
  };
}
