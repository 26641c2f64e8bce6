import { personsShownIn } from './persons-shown';

const ANNA = 'c0a80101-0000-4000-8000-0000000000a1';
const BRAM = 'c0a80101-0000-4000-8000-0000000000b2';
const CEES = 'c0a80101-0000-4000-8000-0000000000c3';

describe('the persons an answer shows', () => {
  it("finds a signal's reporter and the person its summary is about, in the signal's municipality", () => {
    const signal = {
      id: 'signal-1',
      municipalityCode: 'GM0375',
      summary: { personId: ANNA, text: 'Wacht op een traplift.' },
      reporter: { personId: ANNA, name: 'A. Jansen', contact: '06-12345678' },
    };
    expect(personsShownIn(signal, ['GM9999'])).toEqual({ personIds: [ANNA], municipalityCodes: ['GM0375'] });
  });

  it('counts no one whose data is restricted or erased', () => {
    const signal = {
      municipalityCode: 'GM0375',
      summary: { personId: ANNA, restricted: true },
      reporter: { personId: BRAM, erased: true },
    };
    expect(personsShownIn(signal, ['GM0375'])).toEqual({ personIds: [], municipalityCodes: [] });
  });

  it('attributes each row of a list to its own municipality', () => {
    const page = {
      items: [
        { municipalityCode: 'GM0375', summary: { personId: ANNA, text: 'a' } },
        { municipalityCode: 'GM0453', summary: { personId: BRAM, text: 'b' } },
      ],
      total: 2,
    };
    expect(personsShownIn(page, [])).toEqual({ personIds: [ANNA, BRAM], municipalityCodes: ['GM0375', 'GM0453'] });
  });

  it("falls back to the caller's municipalities where no record names one (a body's members)", () => {
    const members = {
      bodyId: 'body-1',
      items: [{ memberId: CEES, displayName: { personId: CEES, name: 'C. de Vries' }, profile: { personId: CEES } }],
    };
    expect(personsShownIn(members, ['GM0375', 'GM0383'])).toEqual({
      personIds: [CEES],
      municipalityCodes: ['GM0375', 'GM0383'],
    });
  });

  it('answers each caller of one kept answer with their own fallback', () => {
    const members = {
      bodyId: 'body-1',
      items: [{ memberId: CEES, displayName: { personId: CEES, name: 'C. de Vries' } }],
    };
    expect(personsShownIn(members, ['GM0375']).municipalityCodes).toEqual(['GM0375']);
    expect(personsShownIn(members, ['GM0383'])).toEqual({ personIds: [CEES], municipalityCodes: ['GM0383'] });
  });

  it('finds no one in an answer without personal data, or in a page of text', () => {
    expect(personsShownIn({ items: [{ id: 'advice-1', subject: 'Wmo' }] }, ['GM0375']).personIds).toEqual([]);
    expect(personsShownIn('<html>…</html>', ['GM0375']).personIds).toEqual([]);
  });
});
