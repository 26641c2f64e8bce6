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
import { recommendationDecisions } from './recommendation-decisions';

/**
 * RecordCollegeResponse: the college's decision on each recommendation, with its reasoning;
 * for a regional advice, which municipality's college this is.
 */
export async function collegeResponseForm(
  context: SignedInContext,
  api: ApiClient,
  trajectoryId: string,
): Promise<FormDefinition> {
  const { t } = context;
  const f = t.forms.collegeResponse;
  const chain = await trajectoryOf(api, trajectoryId);
  const decisions = recommendationDecisions(t, chain);
  const municipality = await addressedMunicipalityFields(context, api, chain);
  return {
    title: f.title,
    intro: chain.advice ? chain.subject : f.noAdvice,
    submitLabel: f.submit,
    backHref: `/trajecten/${trajectoryId}`,
    items: [
      ...municipality,
      { kind: 'date', name: 'respondedOn', label: f.respondedOn, required: true },
      { kind: 'text', name: 'documentRef', label: f.documentRef },
      ...decisions.groups,
    ],
    command: (values) => ({
      path: `/advice-trajectories/${trajectoryId}/college-response`,
      body: {
        ...addressedMunicipalityOf(values),
        respondedOn: valueOf(values, 'respondedOn'),
        ...optional('documentRef', valueOf(values, 'documentRef')),
        ...decisions.bodyOf(values),
      },
      fieldOf: (apiName) =>
        decisions.fieldOf(apiName) ?? sameName('municipalityCode', 'respondedOn', 'documentRef')(apiName),
    }),
    doneHref: trajectoryDone(trajectoryId),
  };
}
