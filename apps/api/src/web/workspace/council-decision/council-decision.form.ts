import { COUNCIL_DECISIONS } from '#domain';
import type { ApiClient } from '../../api/api-client';
import type { FormDefinition } from '../../forms/form-model';
import { trajectoryCommandForm } from '../trajectory-form-context';
import { optionsOf } from '../workspace-options';
import type { SignedInContext } from '../workspace-page';

/** RecordCouncilDecision: what the council decided on the proposal the advice went with. */
export function councilDecisionForm(
  context: SignedInContext,
  api: ApiClient,
  trajectoryId: string,
): Promise<FormDefinition> {
  const { t } = context;
  const f = t.forms.councilDecision;
  return trajectoryCommandForm(context, api, trajectoryId, {
    words: f,
    path: '/council-decisions',
    perMunicipality: true,
    items: () => [
      { kind: 'date', name: 'decidedOn', label: f.decidedOn, required: true },
      {
        kind: 'radios',
        name: 'decision',
        label: f.decision,
        required: true,
        options: optionsOf(COUNCIL_DECISIONS, t.labels.councilDecision),
      },
      { kind: 'textarea', name: 'note', label: f.note, hint: f.noteHint },
    ],
  });
}
