import type { ApiClient } from '../../api/api-client';
import type { FormDefinition } from '../../forms/form-model';
import { trajectoryCommandForm } from '../trajectory-form-context';
import type { SignedInContext } from '../workspace-page';

/** ConfirmParticipationApproach: the other side agrees to the proposed approach; nothing to fill in. */
export function confirmApproachForm(
  context: SignedInContext,
  api: ApiClient,
  trajectoryId: string,
): Promise<FormDefinition> {
  return trajectoryCommandForm(context, api, trajectoryId, {
    words: context.t.forms.confirmApproach,
    path: '/participation-approach/_confirm',
    items: () => [],
  });
}
