import { COLLEGE_DECISIONS } from '#domain';
import type { InfluenceChain } from '../../api/api-types';
import { optional, valueOf, type FieldGroup, type FormValues, type InputField } from '../../forms/form-model';
import type { Messages } from '../../i18n/messages.nl';
import { indexedField } from '../indexed-field';
import type { FormPart } from '../trajectory-form-context';
import { optionsOf } from '../workspace-options';

const decisionField = (n: number): string => `decision-${n}`;
const reasoningField = (n: number): string => `reasoning-${n}`;

/**
 * The college's decision on each recommendation with its reasoning: asked when the response is
 * recorded and again when it is corrected.
 */
export function recommendationDecisions(t: Messages, chain: InfluenceChain): FormPart {
  const f = t.forms.collegeResponse;
  const recommendations = chain.advice?.recommendations ?? [];
  const numbers = recommendations.map((r) => r.number);
  return {
    groups: recommendations.map((recommendation): FieldGroup => ({
      kind: 'group',
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
    bodyOf: (values: FormValues) => ({
      decisions: numbers.map((n) => ({
        recommendationNumber: n,
        decision: valueOf(values, decisionField(n)),
        ...optional('reasoning', valueOf(values, reasoningField(n))),
      })),
    }),
    fieldOf: (apiName: string): string | undefined => {
      const item = indexedField(apiName);
      const n = item?.list === 'decisions' ? numbers[item.index] : undefined;
      if (n === undefined) return undefined;
      return item?.property === 'reasoning' ? reasoningField(n) : decisionField(n);
    },
  };
}
