import { MEMBER_EXPERTISE, MEMBER_PROFILE_FIELDS, MEMBER_ROLES, type MemberProfile } from '#domain';
import type { BodyMemberEntry } from './body-register.doc';
import { SMALLEST_SHOWN_COUNT, shownCount, shownCounts, type ShownCount } from './small-counts';

/** A current member as the composition counts them: the profile opened, or absent when never given or erased. */
export type CountedMember = Pick<BodyMemberEntry, 'role' | 'expertise'> & { readonly profile?: MemberProfile };

export type CompositionCell<TValue extends string = string> = { readonly value: TValue } & ShownCount;

/** One self-declared attribute: its values, those who left it open, and (when suppressing) the rare values together. */
export interface ProfileAttributeCounts {
  readonly attribute: (typeof MEMBER_PROFILE_FIELDS)[number];
  readonly values: readonly CompositionCell[];
  readonly notDeclared: ShownCount;
  /** Values held by fewer than five members, counted together without naming them. */
  readonly otherValues?: ShownCount;
}

export interface BodyComposition {
  readonly members: ShownCount;
  readonly byRole: readonly CompositionCell<(typeof MEMBER_ROLES)[number]>[];
  /** Per expertise; `none` counts members with neither. A member may hold both. */
  readonly byExpertise: readonly CompositionCell<(typeof MEMBER_EXPERTISE)[number] | 'none'>[];
  /** Members who gave a profile with their consent. */
  readonly profilesDeclared: ShownCount;
  readonly profile: readonly ProfileAttributeCounts[];
}

/**
 * The current members counted by role, expertise and each self-declared profile attribute
 * (seed 004, "Structuur"). With `suppressSmall`, no count from 1 to 4 shows, nor a rare
 * profile value by name: a small group in a small body points at a person.
 */
export function composeBody(members: readonly CountedMember[], suppressSmall: boolean): BodyComposition {
  const total = members.length;
  const roleCounts = MEMBER_ROLES.map((role) => members.filter((m) => m.role === role).length);
  const expertise = [...MEMBER_EXPERTISE, 'none'] as const;
  const expertiseCounts = expertise.map(
    (kind) => members.filter((m) => (kind === 'none' ? m.expertise.length === 0 : m.expertise.includes(kind))).length,
  );
  const profiles = members.flatMap((m) => (m.profile ? [m.profile] : []));
  return {
    members: shownCount(total, suppressSmall),
    byRole: shownCounts(roleCounts, suppressSmall).map((count, i) => ({
      value: MEMBER_ROLES[i] ?? 'member',
      ...count,
    })),
    byExpertise: shownCounts(expertiseCounts, suppressSmall).map((count, i) => ({
      value: expertise[i] ?? 'none',
      ...count,
    })),
    profilesDeclared: shownCount(profiles.length, suppressSmall),
    profile: MEMBER_PROFILE_FIELDS.map((attribute) => attributeCounts(attribute, profiles, total, suppressSmall)),
  };
}

function attributeCounts(
  attribute: ProfileAttributeCounts['attribute'],
  profiles: readonly MemberProfile[],
  total: number,
  suppressSmall: boolean,
): ProfileAttributeCounts {
  const byValue = new Map<string, number>();
  for (const profile of profiles) {
    const value = profile[attribute]?.trim();
    if (value) byValue.set(value, (byValue.get(value) ?? 0) + 1);
  }
  const declared = [...byValue.values()].reduce((sum, n) => sum + n, 0);
  const sorted = [...byValue.entries()].sort(([a], [b]) => a.localeCompare(b, 'nl'));
  const named = suppressSmall ? sorted.filter(([, n]) => n >= SMALLEST_SHOWN_COUNT) : sorted;
  const other = declared - named.reduce((sum, [, n]) => sum + n, 0);
  const counts = shownCounts([...named.map(([, n]) => n), total - declared, other], suppressSmall);
  return {
    attribute,
    values: named.map(([value], i) => ({ value, ...(counts[i] ?? { count: 0 }) })),
    notDeclared: counts[named.length] ?? { count: 0 },
    ...(suppressSmall ? { otherValues: counts[named.length + 1] ?? { count: 0 } } : {}),
  };
}

/**
 * The current members as the composition counts them, from entries whose profiles were opened
 * (`{ personId, value }`); a profile still sealed or erased (the member was forgotten) counts as not given.
 */
export function countedMembers(members: readonly BodyMemberEntry[]): CountedMember[] {
  return members
    .filter((member) => member.endedAt === undefined)
    .map(({ role, expertise, profile }) => {
      const opened = isOpened(profile) ? profile.value : undefined;
      return { role, expertise, ...(opened ? { profile: opened } : {}) };
    });
}

function isOpened(value: unknown): value is { readonly value: MemberProfile } {
  return typeof value === 'object' && value !== null && 'value' in value && typeof value.value === 'object';
}
