import { TABLE_GROUPS, TABLE_OUTCOMES } from '#domain';
import { valueOf, type FormDefinition, type FormItem, type InputField } from '../../forms/form-model';
import { commandOf } from '../plain-command';
import { workspaceListDone } from '../workspace-done';
import { optionsOf } from '../workspace-options';
import type { SignedInContext } from '../workspace-page';

const reasonField = (group: string): string => `missing-${group}`;
/** The API names the groups in camelCase inside `missingGroupReasons` (`livedExperience`). */
const wireName = (group: string): string => group.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

/**
 * CloseTemporaryTable: what the table delivered, and why a group it expected was missing or
 * why there is no client perspective, when the domain asks for it.
 */
export function closeTableForm(context: SignedInContext, tableId: string): FormDefinition {
  const { t } = context;
  const f = t.forms.closeTable;
  const plain: FormItem[] = [
    {
      kind: 'radios',
      name: 'outcome',
      label: f.outcome,
      required: true,
      options: optionsOf(TABLE_OUTCOMES, t.forms.choices.tableOutcome),
    },
    { kind: 'textarea', name: 'summary', label: f.summary, required: true },
    {
      kind: 'textarea',
      name: 'clientPerspectiveWaiver',
      label: f.clientPerspectiveWaiver,
      hint: f.clientPerspectiveWaiverHint,
    },
  ];
  const plainCommand = commandOf(`/temporary-tables/${tableId}/_close`, plain);
  return {
    title: f.title,
    submitLabel: f.submit,
    backHref: '/werkruimte#tafels',
    items: [
      ...plain,
      {
        kind: 'group',
        legend: f.missingLegend,
        hint: f.missingHint,
        fields: TABLE_GROUPS.map((group): InputField => ({
          kind: 'textarea',
          name: reasonField(group),
          label: t.labels.tableGroup[group],
        })),
      },
    ],
    command: (values) => {
      const base = plainCommand(values);
      const reasons = TABLE_GROUPS.filter((group) => valueOf(values, reasonField(group)) !== '').map(
        (group): [string, string] => [wireName(group), valueOf(values, reasonField(group))],
      );
      return {
        ...base,
        body: { ...base.body, ...(reasons.length > 0 ? { missingGroupReasons: Object.fromEntries(reasons) } : {}) },
        fieldOf: (apiName) => {
          const group = TABLE_GROUPS.find((g) => apiName === `missingGroupReasons.${wireName(g)}`);
          if (group !== undefined) return reasonField(group);
          return base.fieldOf(apiName);
        },
      };
    },
    doneHref: workspaceListDone('tafels'),
  };
}
