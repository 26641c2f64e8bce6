import { valueOf, type FormDefinition } from '../../forms/form-model';
import { commandOf } from '../plain-command';
import { workspaceDone } from '../workspace-done';
import type { SignedInContext } from '../workspace-page';

/** ForgetPerson: the person's key is destroyed, so their data reads as erased everywhere. */
export function forgetPersonForm(context: SignedInContext): FormDefinition {
  const f = context.t.forms.forgetPerson;
  return {
    title: f.title,
    intro: f.intro,
    submitLabel: f.submit,
    backHref: '/werkruimte#beheer',
    items: [{ kind: 'text', name: 'personId', label: f.personId, required: true }],
    command: commandOf((values) => `/persons/${encodeURIComponent(valueOf(values, 'personId'))}/_forget`, []),
    doneHref: workspaceDone,
  };
}
