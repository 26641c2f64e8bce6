import type { ApiClient } from '../../api/api-client';
import { optional, valueOf, type FormDefinition } from '../../forms/form-model';
import {
  addressedMunicipalityFields,
  addressedMunicipalityOf,
  trajectoryDone,
  trajectoryOf,
} from '../trajectory-form-context';
import { sameName } from '../workspace-options';
import type { SignedInContext } from '../workspace-page';

/**
 * AttachToCouncilProposal: the advice goes with a council proposal, by its reference; for a
 * regional advice, the proposal of which municipality's council.
 */
export async function attachToProposalForm(
  context: SignedInContext,
  api: ApiClient,
  trajectoryId: string,
): Promise<FormDefinition> {
  const f = context.t.forms.attachToProposal;
  const chain = await trajectoryOf(api, trajectoryId);
  const municipality = await addressedMunicipalityFields(context, api, chain);
  return {
    title: f.title,
    intro: chain.subject,
    submitLabel: f.submit,
    backHref: `/trajecten/${trajectoryId}`,
    items: [
      ...municipality,
      { kind: 'text', name: 'proposalRef', label: f.proposalRef, required: true },
      { kind: 'text', name: 'proposalUrl', label: context.t.forms.proposalUrl, hint: context.t.forms.proposalUrlHint },
      { kind: 'date', name: 'attachedOn', label: f.attachedOn, required: true },
    ],
    command: (values) => ({
      path: `/advice-trajectories/${trajectoryId}/council-proposals`,
      body: {
        ...addressedMunicipalityOf(values),
        proposalRef: valueOf(values, 'proposalRef'),
        attachedOn: valueOf(values, 'attachedOn'),
        ...optional('proposalUrl', valueOf(values, 'proposalUrl')),
      },
      fieldOf: sameName('municipalityCode', 'proposalRef', 'proposalUrl', 'attachedOn'),
    }),
    doneHref: trajectoryDone(trajectoryId),
  };
}
