import { MEMBER_PROFILE_FIELDS } from '#domain';
import { valueOf, valuesOf, type FieldGroup, type FormValues, type InputField } from '../../forms/form-model';
import type { Messages } from '../../i18n/messages.nl';

type AppointWords = Messages['forms']['appointMember'];
type ProfileField = (typeof MEMBER_PROFILE_FIELDS)[number];

/** The form field behind `profile.<field>`: named apart so it cannot clash with the member's own fields. */
const fieldName = (field: ProfileField): string => `profile-${field}`;

const CONSENT = 'profileConsent';

/** The member's self-declared profile (all optional), under one legend that says it is personal data. */
export function memberProfileGroup(f: AppointWords): FieldGroup {
  return {
    kind: 'group',
    legend: f.profileLegend,
    hint: f.profileHint,
    fields: MEMBER_PROFILE_FIELDS.map((field) => ({ kind: 'text', name: fieldName(field), label: f[field] })),
  };
}

/** Consent is a tick the member gives: without it a declared profile is refused beside this field. */
export function profileConsentField(f: AppointWords): InputField {
  return {
    kind: 'checkboxes',
    name: CONSENT,
    label: f.profileConsent,
    options: [{ value: 'true', label: f.profileConsentOption }],
  };
}

/**
 * What the API takes: `profile` only with what was filled in, and `profileConsent` only when
 * ticked, so the domain (not the page) decides that a profile without consent is refused.
 */
export function memberProfileBody(values: FormValues): Record<string, unknown> {
  const profile: Partial<Record<ProfileField, string>> = {};
  for (const field of MEMBER_PROFILE_FIELDS) {
    const value = valueOf(values, fieldName(field));
    if (value !== '') profile[field] = value;
  }
  return {
    ...(Object.keys(profile).length > 0 ? { profile } : {}),
    ...(valuesOf(values, CONSENT).includes('true') ? { profileConsent: true } : {}),
  };
}

/** The form field behind an API name of the profile (`profile.ageBand`, `profileConsent`). */
export function memberProfileFieldOf(apiName: string): string | undefined {
  if (apiName === CONSENT) return CONSENT;
  const field = MEMBER_PROFILE_FIELDS.find((name) => apiName === `profile.${name}`);
  return field === undefined ? undefined : fieldName(field);
}
