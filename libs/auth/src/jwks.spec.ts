import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { jwksTokenVerifier } from './token-verifier';

const ISSUER = 'https://login.gemeente.example';

describe('verifying tokens against an identity provider (JWKS)', () => {
  let server: Server;
  let jwksUrl: string;
  let providerKey: CryptoKey;

  beforeAll(async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    providerKey = privateKey;
    const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'provider-1', alg: 'RS256' }] });
    server = createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(jwks);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const token = (issuer: string, audience = 'participation-engine') =>
    new SignJWT({ roles: ['council-member'], municipalities: ['GM0375'] })
      .setProtectedHeader({ alg: 'RS256', kid: 'provider-1' })
      .setSubject('pseudonym-42')
      .setIssuer(issuer)
      .setAudience(audience)
      .setExpirationTime('5m')
      .sign(providerKey);

  it("accepts the provider's token and reads the caller from its claims", async () => {
    const verifier = jwksTokenVerifier({ jwksUrl, issuer: ISSUER, audience: 'participation-engine' });
    expect(await verifier.verify(await token(ISSUER))).toEqual({
      id: 'pseudonym-42',
      roles: ['council-member'],
      municipalities: ['GM0375'],
    });
  });

  it('refuses a token from another issuer', async () => {
    const verifier = jwksTokenVerifier({ jwksUrl, issuer: ISSUER, audience: 'participation-engine' });
    await expect(verifier.verify(await token('https://elsewhere.example'))).rejects.toThrow(/not valid/);
  });

  it('refuses a token for another audience', async () => {
    const verifier = jwksTokenVerifier({ jwksUrl, issuer: ISSUER, audience: 'participation-engine' });
    await expect(verifier.verify(await token(ISSUER, 'another-app'))).rejects.toThrow(/not valid/);
  });
});
