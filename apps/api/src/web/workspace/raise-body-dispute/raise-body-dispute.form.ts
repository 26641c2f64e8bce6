import { BODY_DISPUTE_SUBJECTS } from '#domain';
import type { ApiClient } from '../../api/api-client';
import type { FormDefinition } from '../../forms/form-model';
import { bodyCommandForm } from '../body-form-context';
import { optionsOf } from '../workspace-options';
import type { SignedInContext } from '../workspace-page';

/** RaiseBodyDispute: a party says the body's facilities, agreements or information fall short. */
export function raiseBodyDisputeForm(
  context: SignedInContext,
  api: ApiClient,
  bodyId: string,
): Promise<FormDefinition> {
  const { forms } = context.t;
  const f = forms.raiseBodyDispute;
  return bodyCommandForm(context, api, bodyId, {
    words: f,
    path: '/disputes',
    section: 'geschillen',
    items: [
      {
        kind: 'radios',
        name: 'about',
        label: f.about,
        required: true,
        options: optionsOf(BODY_DISPUTE_SUBJECTS, forms.choices.bodyDisputeSubject),
      },
      { kind: 'textarea', name: 'reason', label: f.reason, required: true },
    ],
  });
}
