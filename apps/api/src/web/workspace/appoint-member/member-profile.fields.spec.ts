import { memberProfileBody, memberProfileFieldOf } from './member-profile.fields';

describe("the member's profile in the appoint-member form", () => {
  it('sends only the profile attributes filled in, trimmed, and the consent when ticked', () => {
    const body = memberProfileBody({
      'profile-district': ' Wijk aan Zee ',
      'profile-ageBand': '',
      'profile-gender': 'vrouw',
      profileConsent: ['true'],
    });
    expect(body).toEqual({ profile: { district: 'Wijk aan Zee', gender: 'vrouw' }, profileConsent: true });
  });

  it('sends no consent when the box is not ticked, so the domain refuses a declared profile', () => {
    expect(memberProfileBody({ 'profile-education': 'mbo' })).toEqual({ profile: { education: 'mbo' } });
  });

  it('sends nothing of a profile when nothing was declared', () => {
    expect(memberProfileBody({ displayName: 'Fatma Yilmaz' })).toEqual({});
  });

  it("places the API's refusals beside the profile's own fields", () => {
    expect(memberProfileFieldOf('profileConsent')).toBe('profileConsent');
    expect(memberProfileFieldOf('profile.ageBand')).toBe('profile-ageBand');
    expect(memberProfileFieldOf('displayName')).toBeUndefined();
  });
});
