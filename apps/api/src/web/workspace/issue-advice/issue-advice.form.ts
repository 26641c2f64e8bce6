import { ADVICE_NATURES } from '#domain';
import type { ApiClient } from '../../api/api-client';
import { valueOf, type FormDefinition, type FormValues } from '../../forms/form-model';
import { indexedField } from '../indexed-field';
import { trajectoryDone, trajectoryOf } from '../trajectory-form-context';
import { optionsOf, sameName } from '../workspace-options';
import type { SignedInContext } from '../workspace-page';

const ROWS = [1, 2, 3, 4, 5] as const;
const recommendationField = (n: number): string => `recommendation-${n}`;

/**
 * IssueAdvice: about the content or about the process (content unless chosen otherwise), a
 * summary, the clients' perspective, and numbered recommendations.
 */
export async function issueAdviceForm(
  context: SignedInContext,
  api: ApiClient,
  trajectoryId: string,
): Promise<FormDefinition> {
  const { t } = context;
  const f = t.forms.issueAdvice;
  const chain = await trajectoryOf(api, trajectoryId);
  const filled = (values: FormValues): number[] => ROWS.filter((n) => valueOf(values, recommendationField(n)) !== '');
  return {
    title: f.title,
    intro: chain.subject,
    submitLabel: f.submit,
    backHref: `/trajecten/${trajectoryId}`,
    items: [
      { kind: 'date', name: 'issuedOn', label: f.issuedOn, required: true },
      {
        kind: 'radios',
        name: 'adviceKind',
        label: f.adviceKind,
        hint: f.adviceKindHint,
        required: true,
        defaultValue: 'content',
        options: optionsOf(ADVICE_NATURES, t.labels.adviceNature),
      },
      { kind: 'textarea', name: 'summary', label: f.summary, required: true },
      {
        kind: 'textarea',
        name: 'clientPerspective',
        label: f.clientPerspective,
        hint: f.clientPerspectiveHint,
        required: true,
      },
      {
        kind: 'group',
        legend: f.recommendationsLegend,
        hint: f.recommendationsHint,
        fields: ROWS.map((n) => ({ kind: 'textarea', name: recommendationField(n), label: f.recommendation(n) })),
      },
    ],
    command: (values) => {
      const rows = filled(values);
      return {
        path: `/advice-trajectories/${trajectoryId}/advice`,
        body: {
          issuedOn: valueOf(values, 'issuedOn'),
          adviceKind: valueOf(values, 'adviceKind'),
          summary: valueOf(values, 'summary'),
          clientPerspective: valueOf(values, 'clientPerspective'),
          recommendations: rows.map((n) => ({ number: n, text: valueOf(values, recommendationField(n)) })),
        },
        fieldOf: (apiName) => {
          const item = indexedField(apiName);
          if (item?.list === 'recommendations') return recommendationField(rows[item.index] ?? 1);
          if (apiName === 'recommendations') return recommendationField(1);
          return sameName('issuedOn', 'adviceKind', 'summary', 'clientPerspective')(apiName);
        },
      };
    },
    doneHref: trajectoryDone(trajectoryId),
  };
}
