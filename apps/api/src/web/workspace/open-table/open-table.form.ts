import { TABLE_FORMS, TABLE_GROUPS, TABLE_INITIATORS } from '#domain';
import type { ApiClient } from '../../api/api-client';
import { optional, valueOf, valuesOf, type FormDefinition } from '../../forms/form-model';
import { optionsOf, sameName, workspaceOptions } from '../workspace-options';
import type { SignedInContext } from '../workspace-page';
import { workspaceListDone } from '../workspace-done';

/** OpenTemporaryTable: a theme, a question, a form, and the groups it should hear. */
export async function openTableForm(context: SignedInContext, api: ApiClient): Promise<FormDefinition> {
  const { t } = context;
  const f = t.forms.openTable;
  const { municipalities, bodies } = await workspaceOptions(api, context.session);
  return {
    title: f.title,
    submitLabel: f.submit,
    backHref: '/werkruimte',
    items: [
      {
        kind: 'select',
        name: 'municipalityCode',
        label: t.forms.municipality,
        required: true,
        options: municipalities,
      },
      { kind: 'select', name: 'bodyId', label: t.forms.bodyId, options: bodies },
      { kind: 'text', name: 'theme', label: f.theme, required: true },
      { kind: 'textarea', name: 'question', label: f.question, required: true },
      {
        kind: 'select',
        name: 'initiatedBy',
        label: f.initiatedBy,
        required: true,
        options: optionsOf(TABLE_INITIATORS, t.labels.tableInitiator),
      },
      {
        kind: 'select',
        name: 'form',
        label: f.form,
        required: true,
        options: optionsOf(TABLE_FORMS, t.labels.tableForm),
      },
      {
        kind: 'checkboxes',
        name: 'expectedGroups',
        label: f.expectedGroups,
        required: true,
        options: optionsOf(TABLE_GROUPS, t.labels.tableGroup),
      },
      { kind: 'date', name: 'plannedUntil', label: f.plannedUntil },
    ],
    command: (values) => ({
      path: '/temporary-tables',
      body: {
        municipalityCode: valueOf(values, 'municipalityCode'),
        ...optional('bodyId', valueOf(values, 'bodyId')),
        theme: valueOf(values, 'theme'),
        question: valueOf(values, 'question'),
        initiatedBy: valueOf(values, 'initiatedBy'),
        form: valueOf(values, 'form'),
        expectedGroups: valuesOf(values, 'expectedGroups'),
        ...optional('plannedUntil', valueOf(values, 'plannedUntil')),
      },
      fieldOf: sameName(
        'municipalityCode',
        'bodyId',
        'theme',
        'question',
        'initiatedBy',
        'form',
        'expectedGroups',
        'plannedUntil',
      ),
    }),
    doneHref: workspaceListDone('tafels'),
  };
}
