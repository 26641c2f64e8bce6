import type { FormDefinition, FormItem } from '../../forms/form-model';
import { commandOf } from '../plain-command';
import { workspaceListDone } from '../workspace-done';
import type { SignedInContext } from '../workspace-page';

/** ReferSignal: an individual signal goes on to the organisation that can help. */
export function referSignalForm(context: SignedInContext, signalId: string): FormDefinition {
  const f = context.t.forms.referSignal;
  const items: FormItem[] = [
    { kind: 'text', name: 'referredTo', label: f.referredTo, hint: f.referredToHint, required: true },
    { kind: 'textarea', name: 'note', label: f.note },
  ];
  return {
    title: f.title,
    submitLabel: f.submit,
    backHref: '/werkruimte#signalen',
    items,
    command: commandOf(`/signals/${signalId}/_refer`, items),
    doneHref: workspaceListDone('signalen'),
  };
}
