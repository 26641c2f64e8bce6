import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import { pageTokens } from './page-tokens';
import { jwksTokenVerifier, verifierByIssuer, type TokenVerifier } from './token-verifier';

const ISSUER = 'https://login.gemeente.example';
const AUDIENCE = 'participation-engine';
const CLAIMS = { roles: ['official'], municipalities: ['GM0375'] };

describe("the API's checks on a provider's bearer tokens", () => {
  let server: Server;
  let verifier: TokenVerifier;
  let providerKey: CryptoKey;

  beforeAll(async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    providerKey = privateKey;
    const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256' }] });
    server = createServer((_request, response) => response.writeHead(200).end(jwks));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`;
    verifier = jwksTokenVerifier({ jwksUrl, issuer: ISSUER, audience: AUDIENCE });
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const token = (payload: JWTPayload, options: { typ?: string; exp?: boolean } = {}) => {
    const jwt = new SignJWT(payload)
      .setProtectedHeader({ alg: 'RS256', kid: 'k1', ...(options.typ ? { typ: options.typ } : {}) })
      .setSubject('user-1')
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt();
    return (options.exp === false ? jwt : jwt.setExpirationTime('5m')).sign(providerKey);
  };

  it('accepts an access token typed at+jwt (RFC 9068) or plain JWT', async () => {
    const expected = { id: 'user-1', ...CLAIMS };
    expect(await verifier.verify(await token(CLAIMS, { typ: 'at+jwt' }))).toEqual(expected);
    expect(await verifier.verify(await token(CLAIMS, { typ: 'JWT' }))).toEqual(expected);
  });

  it('refuses a token without exp', async () => {
    await expect(verifier.verify(await token(CLAIMS, { exp: false }))).rejects.toThrow(/"exp" claim/);
  });

  it('refuses an ID token: it carries the nonce the sign-in asked for', async () => {
    await expect(verifier.verify(await token({ ...CLAIMS, nonce: 'n-0S6_WzA2Mj' }))).rejects.toThrow(/ID token/);
    await expect(verifier.verify(await token({ ...CLAIMS, at_hash: 'x' }))).rejects.toThrow(/ID token/);
  });

  it('refuses a token whose type says it is something else', async () => {
    await expect(verifier.verify(await token(CLAIMS, { typ: 'logout+jwt' }))).rejects.toThrow(/not an access token/);
  });

  it("accepts a service account's client-credentials token with roles mapped from the provider's claims", async () => {
    const keycloak = jwksTokenVerifier(
      {
        jwksUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`,
        issuer: ISSUER,
        audience: AUDIENCE,
      },
      { rolesClaim: 'realm_access.roles', municipalitiesClaim: 'municipalities' },
    );
    const serviceAccount = await token(
      { realm_access: { roles: ['offline_access', 'evaluator'] }, municipalities: ['GM0375'], azp: 'rapportage' },
      { typ: 'at+jwt' },
    );
    expect(await keycloak.verify(serviceAccount)).toEqual({
      id: 'user-1',
      roles: ['evaluator'],
      municipalities: ['GM0375'],
    });
  });

  it("chooses the verifier by the token's issuer, and refuses an issuer it does not know", async () => {
    const pages = pageTokens();
    const both = verifierByIssuer({ [ISSUER]: verifier, 'participation-engine-pages': pages.verifier });
    const principal = { id: 'page-user', roles: ['council-member' as const], municipalities: ['GM0375'] };
    expect(await both.verify(await pages.issue(principal))).toEqual(principal);
    expect(await both.verify(await token(CLAIMS))).toEqual({ id: 'user-1', ...CLAIMS });
    await expect(verifierByIssuer({ [ISSUER]: verifier }).verify(await pages.issue(principal))).rejects.toThrow(
      /issuer is not trusted/,
    );
    await expect(both.verify('not-a-jwt')).rejects.toThrow(/not a JWT/);
  });

  it("trusts a page's token only in the process that made it", async () => {
    const principal = { id: 'u', roles: ['official' as const], municipalities: ['GM0375'] };
    await expect(pageTokens().verifier.verify(await pageTokens().issue(principal))).rejects.toThrow(/not valid/);
  });
});
