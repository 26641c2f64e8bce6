import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import { issueLocalToken } from './issue-token';
import { loadOrCreateSigningKey, type LocalSigningKey } from './local-signing-key';
import { localTokenVerifier } from './token-verifier';

const official = { id: 'u1', roles: ['official'] as const, municipalities: ['GM0375'] };

describe('tokens of the embedded default', () => {
  let dataDir: string;
  let key: LocalSigningKey;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'participation-auth-'));
    key = await loadOrCreateSigningKey(dataDir);
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('keeps the key in the data directory, readable by its owner only, and finds it again', async () => {
    const again = await loadOrCreateSigningKey(dataDir);
    const token = await issueLocalToken(key, official);
    expect(again.kid).toBe(key.kid);
    expect(await localTokenVerifier(again).verify(token)).toEqual(official);
    expect((await stat(join(dataDir, 'jwt-signing-key.json'))).mode & 0o777).toBe(0o600);
  });

  it('refuses an expired token', async () => {
    const token = await issueLocalToken(key, official, { ttlSeconds: 60, now: new Date('2020-01-01T00:00:00Z') });
    await expect(localTokenVerifier(key).verify(token)).rejects.toThrow(/not valid/);
  });

  it('refuses a token signed by another key', async () => {
    const other = await loadOrCreateSigningKey(join(dataDir, 'other'));
    await expect(localTokenVerifier(key).verify(await issueLocalToken(other, official))).rejects.toThrow(/not valid/);
  });

  it('refuses a token with a role the contract does not know', async () => {
    const token = await new SignJWT({ roles: ['mayor'], municipalities: ['GM0375'] })
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject('u1')
      .setIssuer('participation-engine-local')
      .setAudience('participation-engine')
      .setExpirationTime('1h')
      .sign(key.privateKey);
    await expect(localTokenVerifier(key).verify(token)).rejects.toThrow(/unknown role/);
  });

  it('refuses something that is not a token', async () => {
    await expect(localTokenVerifier(key).verify('not.a.token')).rejects.toThrow(/not valid/);
  });
});
