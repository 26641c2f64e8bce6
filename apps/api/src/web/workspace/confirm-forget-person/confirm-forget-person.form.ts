import type { FormDefinition } from '../../forms/form-model';
import { personForm } from '../forget-person/forget-person.form';
import type { SignedInContext } from '../workspace-page';

/** ConfirmForgetPerson: a second administrator confirms, and the person's key is destroyed. */
export function confirmForgetPersonForm(context: SignedInContext): FormDefinition {
  return personForm(context.t.forms.confirmForgetPerson, (personId) => `/persons/${personId}/forgetting/_confirm`);
}
