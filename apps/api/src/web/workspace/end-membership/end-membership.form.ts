import { allItemsOrNone } from '../../api/all-pages';
import type { ApiClient } from '../../api/api-client';
import { valueOf, type FormDefinition, type FormItem } from '../../forms/form-model';
import { commandOf } from '../plain-command';
import { bodyDone } from '../workspace-done';
import type { SignedInContext } from '../workspace-page';

interface Member {
  readonly memberId: string;
  readonly displayName: { readonly name?: string };
  readonly role: string;
  readonly endedAt?: string;
}

/** EndMembership: which current member leaves the body, and why. */
export async function endMembershipForm(
  context: SignedInContext,
  api: ApiClient,
  bodyId: string,
): Promise<FormDefinition> {
  const { forms } = context.t;
  const f = forms.endMembership;
  const members = await allItemsOrNone<Member>(api, `/participation-bodies/${bodyId}/members`);
  const options = members
    .filter((member) => member.endedAt === undefined)
    .map((member) => ({
      value: member.memberId,
      label: `${member.displayName.name ?? context.t.common.restricted} (${forms.choices.memberRole[member.role] ?? member.role})`,
    }));
  const reason: FormItem[] = [{ kind: 'textarea', name: 'reason', label: f.reason, required: true }];
  return {
    title: f.title,
    submitLabel: f.submit,
    backHref: `/werkruimte/organen/${bodyId}`,
    items: [{ kind: 'select', name: 'memberId', label: f.member, required: true, options }, ...reason],
    command: commandOf(
      (values) => `/participation-bodies/${bodyId}/members/${valueOf(values, 'memberId')}/_end`,
      reason,
    ),
    doneHref: bodyDone(bodyId, 'leden'),
  };
}
