import { COLLEGE_DECISIONS } from '#domain';
import type { ApiClient } from '../../api/api-client';
import { optional, valueOf, type FormDefinition, type InputField } from '../../forms/form-model';
import { indexedField } from '../indexed-field';
import {
  addressedMunicipalityFields,
  addressedMunicipalityOf,
  trajectoryDone,
  trajectoryOf,
} from '../trajectory-form-context';
import { optionsOf, sameName } from '../workspace-options';
import type { SignedInContext } from '../workspace-page';

const decisionField = (n: number): string => `decision-${n}`;
const reasoningField = (n: number): string => `reasoning-${n}`;

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
  const numbers = (chain.advice?.recommendations ?? []).map((r) => r.number);
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
      ...(chain.advice?.recommendations ?? []).map((recommendation) => ({
        kind: 'group' as const,
        legend: f.recommendationLegend(recommendation.number, recommendation.text),
        fields: [
          {
            kind: 'radios',
            name: decisionField(recommendation.number),
            label: f.decision,
            required: true,
            options: optionsOf(COLLEGE_DECISIONS, t.labels.collegeDecision),
          },
          { kind: 'textarea', name: reasoningField(recommendation.number), label: f.reasoning, hint: f.reasoningHint },
        ] satisfies InputField[],
      })),
    ],
    command: (values) => ({
      path: `/advice-trajectories/${trajectoryId}/college-response`,
      body: {
        ...addressedMunicipalityOf(values),
        respondedOn: valueOf(values, 'respondedOn'),
        ...optional('documentRef', valueOf(values, 'documentRef')),
        decisions: numbers.map((n) => ({
          recommendationNumber: n,
          decision: valueOf(values, decisionField(n)),
          ...optional('reasoning', valueOf(values, reasoningField(n))),
        })),
      },
      fieldOf: (apiName) => {
        const item = indexedField(apiName);
        const n = item?.list === 'decisions' ? numbers[item.index] : undefined;
        if (n !== undefined) return item?.property === 'reasoning' ? reasoningField(n) : decisionField(n);
        return sameName('municipalityCode', 'respondedOn', 'documentRef')(apiName);
      },
    }),
    doneHref: trajectoryDone(trajectoryId),
  };
}
