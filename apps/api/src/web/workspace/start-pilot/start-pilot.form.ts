import { YARDSTICKS } from '#domain';
import type { ApiClient } from '../../api/api-client';
import { valueOf, type FieldGroup, type FormDefinition, type FormItem, type FormValues } from '../../forms/form-model';
import { indexedField } from '../indexed-field';
import { commandOf } from '../plain-command';
import { pilotDone } from '../workspace-done';
import { optionsOf, workspaceOptions } from '../workspace-options';
import type { SignedInContext } from '../workspace-page';

const ROWS = [1, 2, 3] as const;
const metricField = (n: number): string => `metric-${n}`;
const targetField = (n: number): string => `target-${n}`;

/** StartPilot: the bodies in the pilot, its period, and the yardsticks with their targets. */
export async function startPilotForm(context: SignedInContext, api: ApiClient): Promise<FormDefinition> {
  const { t } = context;
  const f = t.forms.startPilot;
  const { bodies } = await workspaceOptions(api, context.session);
  const plain: FormItem[] = [
    { kind: 'text', name: 'name', label: f.name, required: true },
    { kind: 'checkboxes', name: 'bodyIds', label: f.bodyIds, required: true, options: bodies },
    { kind: 'date', name: 'startsOn', label: f.startsOn, required: true },
    { kind: 'date', name: 'endsOn', label: f.endsOn, required: true },
  ];
  const plainCommand = commandOf('/pilots', plain);
  const filled = (values: FormValues): number[] => ROWS.filter((n) => valueOf(values, metricField(n)) !== '');
  return {
    title: f.title,
    submitLabel: f.submit,
    backHref: '/werkruimte#beheer',
    items: [
      ...plain,
      ...ROWS.map((n): FieldGroup => ({
        kind: 'group',
        legend: f.criterion(n),
        fields: [
          { kind: 'select', name: metricField(n), label: f.metric, options: optionsOf(YARDSTICKS, t.labels.yardstick) },
          // A share is a decimal (0,8): text, read with either decimal mark.
          { kind: 'text', name: targetField(n), label: f.target, hint: f.targetHint },
        ],
      })),
    ],
    command: (values) => {
      const base = plainCommand(values);
      const rows = filled(values);
      const criteria = rows.map((n) => ({
        metric: valueOf(values, metricField(n)),
        target: Number(valueOf(values, targetField(n)).replace(',', '.')),
      }));
      return {
        ...base,
        body: { ...base.body, criteria },
        fieldOf: (apiName) => {
          const item = indexedField(apiName);
          if (item?.list !== 'criteria') return base.fieldOf(apiName);
          const n = rows[item.index] ?? 1;
          return item.property === 'metric' ? metricField(n) : targetField(n);
        },
      };
    },
    doneHref: (answer) => pilotDone(answer.id)(answer),
  };
}
