import type { ApiClient } from '../../api/api-client';
import type { FormDefinition } from '../../forms/form-model';
import { recommendationDecisions } from '../college-response/recommendation-decisions';
import { trajectoryCommandForm } from '../trajectory-form-context';
import type { SignedInContext } from '../workspace-page';

/** CorrectCollegeResponse: the decisions as they should have been recorded, and why. */
export function correctCollegeResponseForm(
  context: SignedInContext,
  api: ApiClient,
  trajectoryId: string,
): Promise<FormDefinition> {
  const { t } = context;
  const f = t.forms.correctCollegeResponse;
  return trajectoryCommandForm(context, api, trajectoryId, {
    words: f,
    path: '/college-response/_correct',
    perMunicipality: true,
    items: () => [{ kind: 'textarea', name: 'reason', label: f.reason, required: true }],
    part: (chain) => recommendationDecisions(t, chain),
  });
}
