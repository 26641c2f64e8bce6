import { SIGNAL_SCOPES } from '#domain';
import { valueOf, type FormDefinition } from '../../forms/form-model';
import { optionsOf, sameName } from '../workspace-options';
import type { SignedInContext } from '../workspace-page';
import { workspaceListDone } from '../workspace-done';

/** AssessSignal: individual (referred on) or collective (taken up by the body), and why. */
export function assessSignalForm(context: SignedInContext, signalId: string): FormDefinition {
  const { t } = context;
  const f = t.forms.assessSignal;
  return {
    title: f.title,
    submitLabel: f.submit,
    backHref: '/werkruimte',
    items: [
      {
        kind: 'radios',
        name: 'scope',
        label: f.scope,
        required: true,
        options: optionsOf(SIGNAL_SCOPES, t.labels.scope),
      },
      { kind: 'textarea', name: 'rationale', label: f.rationale, required: true },
    ],
    command: (values) => ({
      path: `/signals/${signalId}/_assess`,
      body: { scope: valueOf(values, 'scope'), rationale: valueOf(values, 'rationale') },
      fieldOf: sameName('scope', 'rationale'),
    }),
    doneHref: workspaceListDone('signalen'),
  };
}
