import { TABLE_GROUPS } from '#domain';
import type { FormDefinition, FormItem } from '../../forms/form-model';
import { commandOf, yesNo } from '../plain-command';
import { workspaceListDone } from '../workspace-done';
import { optionsOf } from '../workspace-options';
import type { SignedInContext } from '../workspace-page';

/** RegisterParticipant: who takes part at the table, from which perspective, with consent. */
export function registerParticipantForm(context: SignedInContext, tableId: string): FormDefinition {
  const { t } = context;
  const f = t.forms.registerParticipant;
  const items: FormItem[] = [
    {
      kind: 'select',
      name: 'perspective',
      label: f.perspective,
      required: true,
      options: optionsOf(TABLE_GROUPS, t.labels.tableGroup),
    },
    yesNo('consent', f.consent, t.forms.yes, t.forms.no),
    { kind: 'text', name: 'displayName', label: f.displayName, hint: f.displayNameHint },
    { kind: 'text', name: 'ageBand', label: f.ageBand },
    { kind: 'text', name: 'area', label: f.area },
  ];
  return {
    title: f.title,
    submitLabel: f.submit,
    backHref: '/werkruimte#tafels',
    items,
    command: commandOf(`/temporary-tables/${tableId}/participants`, items),
    doneHref: workspaceListDone('tafels'),
  };
}
