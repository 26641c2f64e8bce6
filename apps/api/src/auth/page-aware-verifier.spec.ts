import { UnsecuredJWT } from 'jose';
import { PAGE_ISSUER, type TokenVerifier } from '#auth';
import type { Principal } from '#application';
import { pageAwareVerifier } from './page-aware-verifier';

const principal = (id: string): Principal => ({ id, roles: ['official'], municipalities: ['GM0375'] });
const verifierNamed = (name: string): TokenVerifier => ({ verify: () => Promise.resolve(principal(name)) });
const tokenFrom = (iss: string | undefined, sub: string): string =>
  new UnsecuredJWT({ sub, ...(iss === undefined ? {} : { iss }) }).encode();

describe('pageAwareVerifier', () => {
  const verifier = pageAwareVerifier(verifierNamed('configured'), verifierNamed('pages'));

  it("hands the pages' own tokens to the pages' verifier and every other token to the configured one", async () => {
    expect(await verifier.verify(tokenFrom(PAGE_ISSUER, 'a'))).toEqual(principal('pages'));
    expect(await verifier.verify(tokenFrom('https://idp.example', 'a'))).toEqual(principal('configured'));
    expect(await verifier.verify(tokenFrom(undefined, 'a'))).toEqual(principal('configured'));
    expect(await verifier.verify('not-a-token')).toEqual(principal('configured'));
  });

  it('decides the same way for a token it has seen, also after many others', async () => {
    const page = tokenFrom(PAGE_ISSUER, 'again');
    const other = tokenFrom('https://idp.example', 'again');
    for (let round = 0; round < 2; round += 1) {
      expect(await verifier.verify(page)).toEqual(principal('pages'));
      expect(await verifier.verify(other)).toEqual(principal('configured'));
      for (let i = 0; i < 1_500; i += 1)
        await verifier.verify(tokenFrom(i % 2 === 0 ? PAGE_ISSUER : undefined, `${i}`));
    }
  });
});
