import type { ApiClient } from '../../api/api-client';
import type { FormDefinition } from '../../forms/form-model';
import { trajectoryCommandForm } from '../trajectory-form-context';
import type { SignedInContext } from '../workspace-page';

/**
 * AttachToCouncilProposal: the advice goes with a council proposal, by its reference and
 * address; for a regional advice, the proposal of which municipality's council.
 */
export function attachToProposalForm(
  context: SignedInContext,
  api: ApiClient,
  trajectoryId: string,
): Promise<FormDefinition> {
  const { forms } = context.t;
  const f = forms.attachToProposal;
  return trajectoryCommandForm(context, api, trajectoryId, {
    words: f,
    path: '/council-proposals',
    perMunicipality: true,
    items: () => [
      { kind: 'text', name: 'proposalRef', label: f.proposalRef, required: true },
      { kind: 'text', name: 'proposalUrl', label: forms.proposalUrl, hint: forms.proposalUrlHint },
      { kind: 'date', name: 'attachedOn', label: f.attachedOn, required: true },
    ],
  });
}
