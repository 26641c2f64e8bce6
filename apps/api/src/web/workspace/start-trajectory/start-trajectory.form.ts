import { mayRun } from '#application';
import { ADVICE_KINDS, POLICY_PHASES, SOCIAL_DOMAINS } from '#domain';
import type { ApiClient } from '../../api/api-client';
import { optional, valueOf, valuesOf, type FormDefinition, type FormValues } from '../../forms/form-model';
import { optionsOf, sameName, workspaceOptions } from '../workspace-options';
import type { SignedInContext } from '../workspace-page';

/**
 * StartAdviceTrajectory: solicited by an official, unsolicited by the body. A request states
 * its question (the domain refuses one without, beside the field). Whoever may ask for advice
 * may name the responsible official; left empty, a request names the official starting it.
 * A regional advice names every municipality whose college answers (`addressedTo`).
 */
export async function startTrajectoryForm(context: SignedInContext, api: ApiClient): Promise<FormDefinition> {
  const { t } = context;
  const f = t.forms.startTrajectory;
  const { principal } = context.session;
  const { municipalities, bodies } = await workspaceOptions(api, context.session);
  const kinds = ADVICE_KINDS.filter((kind) => mayRun(principal.roles, `StartAdviceTrajectory:${kind}`));
  const mayRequest = kinds.includes('solicited');
  const responsibleOfficialOf = (values: FormValues): string => {
    const named = valueOf(values, 'responsibleOfficial');
    if (named !== '' || valueOf(values, 'kind') !== 'solicited') return named;
    return principal.roles.includes('official') ? principal.id : '';
  };
  return {
    title: f.title,
    submitLabel: f.submit,
    backHref: '/werkruimte',
    items: [
      {
        kind: 'select',
        name: 'municipalityCode',
        label: t.forms.municipality,
        required: true,
        options: municipalities,
      },
      { kind: 'select', name: 'bodyId', label: t.forms.bodyId, required: true, options: bodies },
      ...(municipalities.length > 1
        ? [
            {
              kind: 'checkboxes' as const,
              name: 'addressedTo',
              label: t.forms.addressedTo,
              hint: t.forms.addressedToHint,
              options: municipalities,
            },
          ]
        : []),
      { kind: 'radios', name: 'kind', label: f.kind, required: true, options: optionsOf(kinds, t.labels.adviceKind) },
      { kind: 'text', name: 'subject', label: f.subject, required: true },
      { kind: 'textarea', name: 'question', label: f.question, hint: f.questionHint, requiredWhen: f.questionRequired },
      {
        kind: 'select',
        name: 'domain',
        label: f.domain,
        required: true,
        options: optionsOf(SOCIAL_DOMAINS, t.labels.domain),
      },
      {
        kind: 'select',
        name: 'policyPhase',
        label: f.policyPhase,
        required: true,
        options: optionsOf(POLICY_PHASES, t.labels.policyPhase),
      },
      { kind: 'date', name: 'adviceDueOn', label: f.adviceDueOn },
      { kind: 'date', name: 'responseDueOn', label: f.responseDueOn },
      { kind: 'text', name: 'portfolioHolder', label: f.portfolioHolder, hint: f.portfolioHolderHint },
      ...(mayRequest
        ? [
            {
              kind: 'text' as const,
              name: 'responsibleOfficial',
              label: f.responsibleOfficial,
              hint: f.responsibleOfficialHint,
            },
          ]
        : []),
    ],
    command: (values) => ({
      path: '/advice-trajectories',
      body: {
        municipalityCode: valueOf(values, 'municipalityCode'),
        bodyId: valueOf(values, 'bodyId'),
        kind: valueOf(values, 'kind'),
        subject: valueOf(values, 'subject'),
        domain: valueOf(values, 'domain'),
        policyPhase: valueOf(values, 'policyPhase'),
        ...optional('question', valueOf(values, 'question')),
        ...optional('adviceDueOn', valueOf(values, 'adviceDueOn')),
        ...optional('responseDueOn', valueOf(values, 'responseDueOn')),
        ...optional('portfolioHolder', valueOf(values, 'portfolioHolder')),
        ...optional('responsibleOfficial', responsibleOfficialOf(values)),
        ...(valuesOf(values, 'addressedTo').length > 0 ? { addressedTo: valuesOf(values, 'addressedTo') } : {}),
      },
      fieldOf: sameName(
        'municipalityCode',
        'bodyId',
        'kind',
        'subject',
        'question',
        'domain',
        'policyPhase',
        'adviceDueOn',
        'responseDueOn',
        'portfolioHolder',
        'responsibleOfficial',
        'addressedTo',
      ),
    }),
    doneHref: (answer) => `/trajecten/${answer.id}?na=${answer.position}`,
  };
}
