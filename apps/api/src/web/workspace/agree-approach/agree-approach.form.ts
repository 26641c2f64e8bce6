import { POLICY_PHASES, TABLE_FORMS } from '#domain';
import type { ApiClient } from '../../api/api-client';
import type { FormDefinition } from '../../forms/form-model';
import { trajectoryCommandForm } from '../trajectory-form-context';
import { optionsOf } from '../workspace-options';
import type { SignedInContext } from '../workspace-page';

/** AgreeParticipationApproach: one side proposes how residents and clients take part. */
export function agreeApproachForm(
  context: SignedInContext,
  api: ApiClient,
  trajectoryId: string,
): Promise<FormDefinition> {
  const { t } = context;
  const f = t.forms.agreeApproach;
  return trajectoryCommandForm(context, api, trajectoryId, {
    words: f,
    path: '/participation-approach',
    items: () => [
      {
        kind: 'checkboxes',
        name: 'forms',
        label: f.forms,
        required: true,
        options: optionsOf(TABLE_FORMS, t.labels.tableForm),
      },
      {
        kind: 'checkboxes',
        name: 'phases',
        label: f.phases,
        required: true,
        options: optionsOf(POLICY_PHASES, t.labels.policyPhase),
      },
      { kind: 'textarea', name: 'roles', label: f.roles, required: true },
    ],
  });
}
