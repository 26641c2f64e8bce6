import type { ApiClient } from '../../api/api-client';
import { valueOf, type FormDefinition, type FormItem } from '../../forms/form-model';
import { commandOf } from '../plain-command';
import { workspaceDone } from '../workspace-done';
import { workspaceOptions } from '../workspace-options';
import type { SignedInContext } from '../workspace-page';

const TERMS = [
  'responseTermDays',
  'adviceTermDays',
  'aldermanConsultationsPerYear',
  'programmeManagerConsultationEveryMonths',
] as const;

/** SetParticipationRegulation: the municipality's terms and norms; what is left empty takes the default. */
export async function setRegulationForm(context: SignedInContext, api: ApiClient): Promise<FormDefinition> {
  const f = context.t.forms.setRegulation;
  const { municipalities } = await workspaceOptions(api, context.session);
  const terms: FormItem[] = TERMS.map((name) => ({ kind: 'number', name, label: f[name], wire: 'number' }));
  return {
    title: f.title,
    intro: f.intro,
    submitLabel: f.submit,
    backHref: '/werkruimte#beheer',
    items: [
      {
        kind: 'select',
        name: 'municipalityCode',
        label: context.t.forms.municipality,
        required: true,
        options: municipalities,
      },
      ...terms,
    ],
    command: commandOf((values) => `/municipalities/${valueOf(values, 'municipalityCode')}/regulation`, terms),
    doneHref: workspaceDone,
  };
}
