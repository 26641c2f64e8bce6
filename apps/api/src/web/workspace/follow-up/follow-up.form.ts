import type { ApiClient } from '../../api/api-client';
import { valueOf, type FieldGroup, type FormDefinition, type FormValues } from '../../forms/form-model';
import { indexedField } from '../indexed-field';
import { trajectoryDone, trajectoryOf } from '../trajectory-form-context';
import type { SignedInContext } from '../workspace-page';

const ROWS = [1, 2, 3] as const;
const dueField = (n: number): string => `dueOn-${n}`;
const descriptionField = (n: number): string => `description-${n}`;

/** AgreeImplementationFollowUp: the moments at which the implementation is looked at again. */
export async function followUpForm(
  context: SignedInContext,
  api: ApiClient,
  trajectoryId: string,
): Promise<FormDefinition> {
  const f = context.t.forms.followUp;
  const chain = await trajectoryOf(api, trajectoryId);
  const filled = (values: FormValues): number[] =>
    ROWS.filter((n) => valueOf(values, dueField(n)) !== '' || valueOf(values, descriptionField(n)) !== '');
  return {
    title: f.title,
    intro: `${chain.subject}. ${f.hint}`,
    submitLabel: f.submit,
    backHref: `/trajecten/${trajectoryId}`,
    items: ROWS.map((n): FieldGroup => ({
      kind: 'group',
      legend: f.checkpoint(n),
      fields: [
        { kind: 'date', name: dueField(n), label: f.dueOn },
        { kind: 'textarea', name: descriptionField(n), label: f.description },
      ],
    })),
    command: (values) => {
      const rows = filled(values);
      return {
        path: `/advice-trajectories/${trajectoryId}/implementation-follow-up`,
        body: {
          checkpoints: rows.map((n) => ({
            dueOn: valueOf(values, dueField(n)),
            description: valueOf(values, descriptionField(n)),
          })),
        },
        fieldOf: (apiName) => {
          const item = indexedField(apiName);
          const n = item?.list === 'checkpoints' ? (rows[item.index] ?? 1) : 1;
          return item?.property === 'description' ? descriptionField(n) : dueField(n);
        },
      };
    },
    doneHref: trajectoryDone(trajectoryId),
  };
}
