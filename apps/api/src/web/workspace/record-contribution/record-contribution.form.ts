import { TABLE_GROUPS } from '#domain';
import { valueOf, type FormDefinition } from '../../forms/form-model';
import { optionsOf, sameName } from '../workspace-options';
import type { SignedInContext } from '../workspace-page';
import { workspaceListDone } from '../workspace-done';

/** RecordContribution: what one perspective brought to the table, in a summary. */
export function recordContributionForm(context: SignedInContext, tableId: string): FormDefinition {
  const { t } = context;
  const f = t.forms.recordContribution;
  return {
    title: f.title,
    submitLabel: f.submit,
    backHref: '/werkruimte',
    items: [
      {
        kind: 'select',
        name: 'perspective',
        label: f.perspective,
        required: true,
        options: optionsOf(TABLE_GROUPS, t.labels.tableGroup),
      },
      { kind: 'textarea', name: 'summary', label: f.summary, hint: t.forms.recordSignal.summaryHint, required: true },
    ],
    command: (values) => ({
      path: `/temporary-tables/${tableId}/contributions`,
      body: { perspective: valueOf(values, 'perspective'), summary: valueOf(values, 'summary') },
      fieldOf: sameName('perspective', 'summary'),
    }),
    doneHref: workspaceListDone('tafels'),
  };
}
