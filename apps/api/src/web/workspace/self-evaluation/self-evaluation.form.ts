import type { ApiClient } from '../../api/api-client';
import type { FormDefinition } from '../../forms/form-model';
import { bodyCommandForm } from '../body-form-context';
import type { SignedInContext } from '../workspace-page';

/** RecordSelfEvaluation: the body's yearly look at its own work. */
export function selfEvaluationForm(context: SignedInContext, api: ApiClient, bodyId: string): Promise<FormDefinition> {
  const f = context.t.forms.selfEvaluation;
  return bodyCommandForm(context, api, bodyId, {
    words: f,
    path: '/self-evaluations',
    section: 'zelfevaluatie',
    items: [
      { kind: 'number', name: 'year', label: f.year, required: true, wire: 'number' },
      { kind: 'textarea', name: 'summary', label: f.summary, required: true },
    ],
  });
}
