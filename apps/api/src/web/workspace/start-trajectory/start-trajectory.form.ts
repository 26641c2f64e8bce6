import { mayRun } from '#application';
import { ADVICE_KINDS, POLICY_PHASES, SOCIAL_DOMAINS } from '#domain';
import type { ApiClient } from '../../api/api-client';
import { optional, valueOf, type FormDefinition } from '../../forms/form-model';
import { optionsOf, sameName, workspaceOptions } from '../workspace-options';
import type { SignedInContext } from '../workspace-page';

/** StartAdviceTrajectory: solicited by an official, unsolicited by the body. */
export async function startTrajectoryForm(context: SignedInContext, api: ApiClient): Promise<FormDefinition> {
  const { t } = context;
  const f = t.forms.startTrajectory;
  const { municipalities, bodies } = await workspaceOptions(api, context.session);
  const kinds = ADVICE_KINDS.filter((kind) => mayRun(context.session.principal.roles, `StartAdviceTrajectory:${kind}`));
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
      { kind: 'radios', name: 'kind', label: f.kind, required: true, options: optionsOf(kinds, t.labels.adviceKind) },
      { kind: 'text', name: 'subject', label: f.subject, required: true },
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
      { kind: 'date', name: 'responseDueOn', label: f.responseDueOn },
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
        ...optional('responseDueOn', valueOf(values, 'responseDueOn')),
      },
      fieldOf: sameName('municipalityCode', 'bodyId', 'kind', 'subject', 'domain', 'policyPhase', 'responseDueOn'),
    }),
    doneHref: (answer) => `/trajecten/${answer.id}?na=${answer.position}`,
  };
}
