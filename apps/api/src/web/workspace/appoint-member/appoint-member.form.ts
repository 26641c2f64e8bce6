import { MEMBER_EXPERTISE, MEMBER_ROLES } from '#domain';
import type { ApiClient } from '../../api/api-client';
import type { FormDefinition } from '../../forms/form-model';
import { bodyCommandForm } from '../body-form-context';
import {
  memberProfileBody,
  memberProfileFieldOf,
  memberProfileGroup,
  profileConsentField,
} from './member-profile.fields';
import { optionsOf } from '../workspace-options';
import type { SignedInContext } from '../workspace-page';

/**
 * AppointMember: who joins the body, in which place, with what expertise and login, and (only
 * with the member's consent) the profile they declare themselves.
 */
export async function appointMemberForm(
  context: SignedInContext,
  api: ApiClient,
  bodyId: string,
): Promise<FormDefinition> {
  const { forms } = context.t;
  const f = forms.appointMember;
  const form = await bodyCommandForm(context, api, bodyId, {
    words: f,
    path: '/members',
    section: 'leden',
    items: [
      { kind: 'text', name: 'displayName', label: f.displayName, required: true, autocomplete: 'name' },
      {
        kind: 'select',
        name: 'role',
        label: f.role,
        required: true,
        options: optionsOf(MEMBER_ROLES, forms.choices.memberRole),
      },
      {
        kind: 'checkboxes',
        name: 'expertise',
        label: f.expertise,
        required: true,
        options: optionsOf(MEMBER_EXPERTISE, forms.choices.expertise),
      },
      { kind: 'text', name: 'subject', label: f.subject, hint: f.subjectHint },
      { kind: 'text', name: 'focusAreas', label: f.focusAreas, hint: f.listHint, wire: 'list' },
      { kind: 'text', name: 'workingGroups', label: f.workingGroups, hint: f.listHint, wire: 'list' },
    ],
  });
  return {
    ...form,
    items: [...form.items, memberProfileGroup(f), profileConsentField(f)],
    command: (values) => {
      const command = form.command(values);
      return {
        ...command,
        body: { ...command.body, ...memberProfileBody(values) },
        fieldOf: (apiName) => memberProfileFieldOf(apiName) ?? command.fieldOf(apiName),
      };
    },
  };
}
