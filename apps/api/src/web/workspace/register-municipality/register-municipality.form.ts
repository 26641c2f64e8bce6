import type { FormDefinition, FormItem } from '../../forms/form-model';
import { commandOf } from '../plain-command';
import type { SignedInContext } from '../workspace-page';

/** RegisterMunicipality: a municipality by its CBS code; setting its regulation follows. */
export function registerMunicipalityForm(context: SignedInContext): FormDefinition {
  const f = context.t.forms.registerMunicipality;
  const items: FormItem[] = [
    { kind: 'text', name: 'code', label: f.code, hint: f.codeHint, required: true },
    { kind: 'text', name: 'name', label: f.name, required: true },
  ];
  return {
    title: f.title,
    submitLabel: f.submit,
    backHref: '/werkruimte#beheer',
    items,
    command: commandOf('/municipalities', items),
    doneHref: () => '/werkruimte/beheer/regeling',
  };
}
