import { valueOf, type FormDefinition } from '../../forms/form-model';
import type { Messages } from '../../i18n/messages.nl';
import { commandOf } from '../plain-command';
import { workspaceDone } from '../workspace-done';
import type { SignedInContext } from '../workspace-page';

type PersonWords = Messages['forms']['forgetPerson'];

/** A form that asks for a person's id and sends one command about them, with no other fields. */
export function personForm(words: PersonWords, pathOf: (personId: string) => string): FormDefinition {
  return {
    title: words.title,
    intro: words.intro,
    submitLabel: words.submit,
    backHref: '/werkruimte#beheer',
    items: [{ kind: 'text', name: 'personId', label: words.personId, required: true }],
    command: commandOf((values) => pathOf(encodeURIComponent(valueOf(values, 'personId'))), []),
    doneHref: workspaceDone,
  };
}

/** ForgetPerson: asks that the person's key be destroyed; a second administrator confirms. */
export function forgetPersonForm(context: SignedInContext): FormDefinition {
  return personForm(context.t.forms.forgetPerson, (personId) => `/persons/${personId}/_forget`);
}
