import { IMPLEMENTATION_STATUSES } from '#domain';
import type { ApiClient } from '../../api/api-client';
import { optional, valueOf, type FormDefinition } from '../../forms/form-model';
import { trajectoryDone, trajectoryOf } from '../trajectory-form-context';
import { optionsOf, sameName } from '../workspace-options';
import type { SignedInContext } from '../workspace-page';

/** ReportImplementationProgress: where one recommendation stands in practice. */
export async function reportImplementationForm(
  context: SignedInContext,
  api: ApiClient,
  trajectoryId: string,
): Promise<FormDefinition> {
  const { t } = context;
  const f = t.forms.reportImplementation;
  const chain = await trajectoryOf(api, trajectoryId);
  const recommendations = (chain.advice?.recommendations ?? []).map((r) => ({
    value: String(r.number),
    label: `${r.number}. ${r.text}`,
  }));
  return {
    title: f.title,
    intro: chain.subject,
    submitLabel: f.submit,
    backHref: `/trajecten/${trajectoryId}`,
    items: [
      {
        kind: 'select',
        name: 'recommendationNumber',
        label: f.recommendation,
        required: true,
        options: recommendations,
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
    command: (values) => ({
      path: `/advice-trajectories/${trajectoryId}/implementation-progress`,
      body: {
        recommendationNumber: Number(valueOf(values, 'recommendationNumber')),
        status: valueOf(values, 'status'),
        reportedOn: valueOf(values, 'reportedOn'),
        ...optional('note', valueOf(values, 'note')),
      },
      fieldOf: sameName('recommendationNumber', 'status', 'reportedOn', 'note'),
    }),
    doneHref: trajectoryDone(trajectoryId),
  };
}
