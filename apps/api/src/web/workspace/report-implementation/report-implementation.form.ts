import { IMPLEMENTATION_STATUSES } from '#domain';
import type { ApiClient } from '../../api/api-client';
import type { FormDefinition } from '../../forms/form-model';
import { trajectoryCommandForm } from '../trajectory-form-context';
import { optionsOf } from '../workspace-options';
import type { SignedInContext } from '../workspace-page';

/** ReportImplementationProgress: where one recommendation stands in practice. */
export function reportImplementationForm(
  context: SignedInContext,
  api: ApiClient,
  trajectoryId: string,
): Promise<FormDefinition> {
  const { t } = context;
  const f = t.forms.reportImplementation;
  return trajectoryCommandForm(context, api, trajectoryId, {
    words: f,
    path: '/implementation-progress',
    items: (chain) => [
      {
        kind: 'select',
        name: 'recommendationNumber',
        label: f.recommendation,
        required: true,
        wire: 'number',
        options: (chain.advice?.recommendations ?? []).map((r) => ({
          value: String(r.number),
          label: `${r.number}. ${r.text}`,
        })),
      },
      {
        kind: 'select',
        name: 'status',
        label: f.status,
        required: true,
        options: optionsOf(IMPLEMENTATION_STATUSES, t.labels.implementationStatus),
      },
      { kind: 'date', name: 'reportedOn', label: f.reportedOn, required: true },
      { kind: 'textarea', name: 'note', label: f.note, hint: f.noteHint },
    ],
  });
}
