import { UnsecuredJWT } from 'jose';
import { PAGE_ISSUER } from '#auth';
import type { Principal } from '#application';
import { contactOfBearer } from './bearer-contact';

const CALLER: Principal = { id: 'ambtenaar-7', roles: ['official'], municipalities: ['GM0375'] };
const tokenWith = (claims: Record<string, unknown>): string => new UnsecuredJWT(claims).encode();

describe("a bearer token's contact claims", () => {
  it('names the address and name the token carries, with the verified caller and roles', () => {
    expect(contactOfBearer(tokenWith({ email: 'a.jansen@beverwijk.nl', name: 'A. Jansen' }), CALLER)).toEqual({
      sub: 'ambtenaar-7',
      email: 'a.jansen@beverwijk.nl',
      name: 'A. Jansen',
      roles: ['official'],
    });
  });

  it('says nothing without an address, or with one that is no address', () => {
    expect(contactOfBearer(tokenWith({ name: 'A. Jansen' }), CALLER)).toBeUndefined();
    expect(contactOfBearer(tokenWith({ email: 'geen adres' }), CALLER)).toBeUndefined();
    expect(contactOfBearer(tokenWith({ email: `${'a'.repeat(250)}@x.nl` }), CALLER)).toBeUndefined();
    expect(contactOfBearer(tokenWith({ email: ['a@b.nl'] }), CALLER)).toBeUndefined();
    expect(contactOfBearer('not-a-token', CALLER)).toBeUndefined();
  });

  it("ignores the pages' own tokens: their sign-in recorded the address", () => {
    expect(contactOfBearer(tokenWith({ iss: PAGE_ISSUER, email: 'a@b.nl' }), CALLER)).toBeUndefined();
  });

  it('leaves out a name that is empty or too long', () => {
    expect(contactOfBearer(tokenWith({ email: 'a@b.nl', name: '' }), CALLER)).not.toHaveProperty('name');
    expect(contactOfBearer(tokenWith({ email: 'a@b.nl', name: 'n'.repeat(201) }), CALLER)).not.toHaveProperty('name');
  });
});
