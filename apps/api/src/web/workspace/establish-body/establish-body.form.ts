import { PARTICIPATION_BODY_DOMAINS, PARTICIPATION_BODY_KINDS } from '#domain';
import type { ApiClient } from '../../api/api-client';
import type { FormDefinition, FormItem } from '../../forms/form-model';
import { commandOf } from '../plain-command';
import { bodyDone } from '../workspace-done';
import { optionsOf, workspaceOptions } from '../workspace-options';
import type { SignedInContext } from '../workspace-page';

/** EstablishParticipationBody: a body, its kind, the municipalities it serves and its domains. */
export async function establishBodyForm(context: SignedInContext, api: ApiClient): Promise<FormDefinition> {
  const { t } = context;
  const f = t.forms.establishBody;
  const { municipalities } = await workspaceOptions(api, context.session);
  const items: FormItem[] = [
    { kind: 'text', name: 'name', label: f.name, required: true },
    {
      kind: 'select',
      name: 'kind',
      label: f.kind,
      required: true,
      options: optionsOf(PARTICIPATION_BODY_KINDS, t.forms.choices.bodyKind),
    },
    {
      kind: 'checkboxes',
      name: 'municipalityCodes',
      label: f.municipalityCodes,
      required: true,
      options: municipalities,
    },
    {
      kind: 'checkboxes',
      name: 'domains',
      label: f.domains,
      required: true,
      options: optionsOf(PARTICIPATION_BODY_DOMAINS, t.labels.domain),
    },
  ];
  return {
    title: f.title,
    submitLabel: f.submit,
    backHref: '/werkruimte#beheer',
    items,
    command: commandOf('/participation-bodies', items),
    doneHref: (answer) => bodyDone(answer.id)(answer),
  };
}
