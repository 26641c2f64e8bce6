import type { ApiClient } from '../../api/api-client';
import { valueOf, type FormDefinition, type FormItem } from '../../forms/form-model';
import { commandOf } from '../plain-command';
import { bodyDone } from '../workspace-done';
import type { SignedInContext } from '../workspace-page';

interface Dispute {
  readonly kind: string;
  readonly disputeId?: string;
  readonly about: string;
  readonly reason: string;
}

/** ResolveBodyDispute: the dispute committee's ruling on one open dispute about the body. */
export async function resolveBodyDisputeForm(
  context: SignedInContext,
  api: ApiClient,
  bodyId: string,
): Promise<FormDefinition> {
  const { forms } = context.t;
  const f = forms.resolveDispute;
  const disputes = await api.get<{ items: readonly Dispute[] }>('/disputes', { bodyId, open: true });
  const options = (disputes.ok ? disputes.body.items : []).flatMap((dispute) =>
    dispute.kind === 'body' && dispute.disputeId !== undefined
      ? [
          {
            value: dispute.disputeId,
            label: `${forms.choices.bodyDisputeSubject[dispute.about] ?? dispute.about}: ${dispute.reason}`,
          },
        ]
      : [],
  );
  const resolution: FormItem[] = [{ kind: 'textarea', name: 'resolution', label: f.resolution, required: true }];
  return {
    title: f.title,
    submitLabel: f.submit,
    backHref: `/werkruimte/organen/${bodyId}`,
    items: [{ kind: 'select', name: 'disputeId', label: f.dispute, required: true, options }, ...resolution],
    command: commandOf(
      (values) => `/participation-bodies/${bodyId}/disputes/${valueOf(values, 'disputeId')}/_resolve`,
      resolution,
    ),
    doneHref: bodyDone(bodyId, 'geschillen'),
  };
}
