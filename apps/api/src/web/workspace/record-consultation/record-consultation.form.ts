import { CONSULTATION_PARTNERS } from '#domain';
import type { ApiClient } from '../../api/api-client';
import type { FormDefinition } from '../../forms/form-model';
import { bodyCommandForm } from '../body-form-context';
import { optionsOf } from '../workspace-options';
import type { SignedInContext } from '../workspace-page';

/** RecordConsultation: the body met the alderman or the programme manager, on what, agreeing what. */
export function recordConsultationForm(
  context: SignedInContext,
  api: ApiClient,
  bodyId: string,
): Promise<FormDefinition> {
  const { forms } = context.t;
  const f = forms.recordConsultation;
  return bodyCommandForm(context, api, bodyId, {
    words: f,
    path: '/consultations',
    section: 'overleg',
    items: [
      { kind: 'date', name: 'heldOn', label: f.heldOn, required: true },
      {
        kind: 'radios',
        name: 'with',
        label: f.with,
        required: true,
        options: optionsOf(CONSULTATION_PARTNERS, forms.choices.consultationPartner),
      },
      {
        kind: 'text',
        name: 'topics',
        label: f.topics,
        hint: forms.appointMember.listHint,
        required: true,
        wire: 'list',
      },
      { kind: 'textarea', name: 'agreements', label: f.agreements },
    ],
  });
}
