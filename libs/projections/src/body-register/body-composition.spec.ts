import { composeBody, countedMembers, type CountedMember } from './body-composition';
import { shownCounts } from './small-counts';

const member = (role: CountedMember['role'], profile?: CountedMember['profile']): CountedMember => ({
  role,
  expertise: ['lived-experience'],
  ...(profile ? { profile } : {}),
});
const seven = [
  ...Array.from({ length: 6 }, () => member('member', { district: 'Wijk aan Zee', ageBand: '65+' })),
  member('chair', { district: 'Beverwijk-Oost' }),
];

describe('the composition of a body', () => {
  it('shows every count to those who may see small counts', () => {
    const composition = composeBody(seven, false);
    expect(composition.members).toEqual({ count: 7 });
    expect(composition.byRole).toContainEqual({ value: 'chair', count: 1 });
    expect(composition.profile.find((p) => p.attribute === 'district')).toEqual({
      attribute: 'district',
      values: [
        { value: 'Beverwijk-Oost', count: 1 },
        { value: 'Wijk aan Zee', count: 6 },
      ],
      notDeclared: { count: 0 },
    });
  });

  it('suppresses small counts, and the next smallest so the small one cannot be derived', () => {
    const composition = composeBody(seven, true);
    expect(composition.byRole).toContainEqual({ value: 'chair', count: null, suppressed: true });
    expect(composition.byRole).toContainEqual({ value: 'member', count: null, suppressed: true });
    expect(composition.byRole).toContainEqual({ value: 'secretary', count: 0 });
  });

  it('never names a rare profile value when suppressing', () => {
    const district = composeBody(seven, true).profile.find((p) => p.attribute === 'district');
    expect(JSON.stringify(district)).not.toContain('Beverwijk-Oost');
    expect(district?.otherValues).toEqual({ count: null, suppressed: true });
  });

  it('counts only the profiles members gave', () => {
    const composition = composeBody([...seven, member('member')], false);
    expect(composition.profilesDeclared).toEqual({ count: 7 });
    expect(composition.profile.find((p) => p.attribute === 'ageBand')?.notDeclared).toEqual({ count: 2 });
  });

  it('leaves counts of zero and of five or more alone', () => {
    expect(shownCounts([0, 5, 9], true)).toEqual([{ count: 0 }, { count: 5 }, { count: 9 }]);
  });
});

describe('the members a composition counts', () => {
  const entry = { displayName: {}, focusAreas: [], workingGroups: [], appointedAt: '2026-01-01T00:00:00Z' };
  it('counts current members, and a profile only when it was opened', () => {
    const counted = countedMembers([
      { ...entry, memberId: 'a', role: 'member', expertise: [], profile: { personId: 'a', value: { gender: 'v' } } },
      { ...entry, memberId: 'b', role: 'member', expertise: [], profile: { personId: 'b', erased: true } },
      { ...entry, memberId: 'c', role: 'chair', expertise: [], endedAt: '2026-02-01T00:00:00Z' },
    ]);
    expect(counted).toEqual([
      { role: 'member', expertise: [], profile: { gender: 'v' } },
      { role: 'member', expertise: [] },
    ]);
  });
});
