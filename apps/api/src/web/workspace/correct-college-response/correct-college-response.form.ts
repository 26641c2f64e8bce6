import type { ApiClient } from '../../api/api-client';
import { valueOf, type FormDefinition } from '../../forms/form-model';
import { recommendationDecisions } from '../college-response/recommendation-decisions';
import {
  addressedMunicipalityFields,
  addressedMunicipalityOf,
  trajectoryDone,
  trajectoryOf,
} from '../trajectory-form-context';
import { sameName } from '../workspace-options';
import type { SignedInContext } from '../workspace-page';

/** CorrectCollegeResponse: the decisions as they should have been recorded, and why. */
export async function correctCollegeResponseForm(
  context: SignedInContext,
  api: ApiClient,
  trajectoryId: string,
): Promise<FormDefinition> {
  const { t } = context;
  const f = t.forms.correctCollegeResponse;
  const chain = await trajectoryOf(api, trajectoryId);
  const decisions = recommendationDecisions(t, chain);
  const municipality = await addressedMunicipalityFields(context, api, chain);
  return {
    title: f.title,
    intro: chain.subject,
    submitLabel: f.submit,
    backHref: `/trajecten/${trajectoryId}`,
    items: [
      ...municipality,
      { kind: 'textarea', name: 'reason', label: f.reason, required: true },
      ...decisions.groups,
    ],
    command: (values) => ({
      path: `/advice-trajectories/${trajectoryId}/college-response/_correct`,
      body: {
        ...addressedMunicipalityOf(values),
        reason: valueOf(values, 'reason'),
        decisions: decisions.decisionsOf(values),
      },
      fieldOf: (apiName) => decisions.fieldOf(apiName) ?? sameName('municipalityCode', 'reason')(apiName),
    }),
    doneHref: trajectoryDone(trajectoryId),
  };
}
