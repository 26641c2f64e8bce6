import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidConfigError } from './load-config';
import { loadSignInConfig } from './sign-in-config';

const PROVIDER = {
  OIDC_ISSUER_URL: 'https://login.gemeente.example/realms/raad',
  OIDC_CLIENT_ID: 'participatie',
  OIDC_CLIENT_SECRET: 'a-very-secret-value',
  PUBLIC_URL: 'https://participatie.gemeente.example',
};

function file(content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'sign-in-config-')), 'file');
  writeFileSync(path, content);
  return path;
}

describe('loading the sign-in configuration', () => {
  describe('when no identity provider is configured', () => {
    it('turns local sign-in on, listens on loopback and keeps plain cookies on plain http', () => {
      expect(loadSignInConfig({}, 3000)).toEqual({
        publicUrl: 'http://localhost:3000',
        secureCookies: false,
        oidc: undefined,
        claims: { rolesClaim: 'roles', municipalitiesClaim: 'municipalities' },
        sessions: { idleMs: 30 * 60_000, absoluteMs: 10 * 3_600_000 },
        localSignIn: true,
        listenAddress: '127.0.0.1',
      });
    });

    it('listens where it is told to', () => {
      expect(loadSignInConfig({ LISTEN_ADDRESS: '0.0.0.0' }).listenAddress).toBe('0.0.0.0');
    });

    it('turns local sign-in off when bearer tokens come from a JWKS issuer', () => {
      const config = loadSignInConfig({ JWT_JWKS_URL: 'https://login.example/jwks' });
      expect(config).toMatchObject({ localSignIn: false, listenAddress: undefined });
    });
  });

  describe('with an OpenID Provider', () => {
    it('reads the provider, the claims and the session limits, and turns local sign-in off', () => {
      const config = loadSignInConfig({
        ...PROVIDER,
        OIDC_ROLES_CLAIM: 'realm_access.roles',
        OIDC_MUNICIPALITIES_CLAIM: 'gemeenten',
        SESSION_IDLE_MINUTES: '15',
        SESSION_MAX_HOURS: '8',
      });
      expect(config).toEqual({
        publicUrl: 'https://participatie.gemeente.example',
        secureCookies: true,
        oidc: {
          issuerUrl: PROVIDER.OIDC_ISSUER_URL,
          clientId: 'participatie',
          clientAuth: { kind: 'client-secret', secret: 'a-very-secret-value' },
          scopes: 'openid profile',
        },
        claims: { rolesClaim: 'realm_access.roles', municipalitiesClaim: 'gemeenten' },
        sessions: { idleMs: 15 * 60_000, absoluteMs: 8 * 3_600_000 },
        localSignIn: false,
        listenAddress: undefined,
      });
    });

    it('reads a private key for private_key_jwt instead of a secret', () => {
      const key = file('-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----\n');
      const { OIDC_CLIENT_SECRET: _secret, ...withoutSecret } = PROVIDER;
      expect(loadSignInConfig({ ...withoutSecret, OIDC_PRIVATE_KEY_FILE: key }).oidc?.clientAuth).toEqual({
        kind: 'private-key-jwt',
        key: '-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----\n',
      });
    });

    it('reads a mapping of group ids to roles and municipalities', () => {
      const mapping = file(
        JSON.stringify({
          claim: 'groups',
          groups: { 'a1b2-raad': { roles: ['council-member'], municipalities: ['GM0375'] } },
        }),
      );
      expect(loadSignInConfig({ ...PROVIDER, OIDC_GROUP_MAPPING_FILE: mapping }).claims.groups).toEqual({
        claim: 'groups',
        grants: { 'a1b2-raad': { roles: ['council-member'], municipalities: ['GM0375'] } },
      });
    });
  });

  describe('when a setting is wrong or missing', () => {
    it.each([
      [{ OIDC_ISSUER_URL: 'http://login.example' }, 'OIDC_ISSUER_URL must be an https:// URL'],
      [
        { OIDC_CLIENT_ID: '', OIDC_CLIENT_SECRET: 'x', OIDC_ISSUER_URL: 'https://l.example' },
        'OIDC_CLIENT_ID must be set',
      ],
      [
        { OIDC_ISSUER_URL: 'https://l.example', OIDC_CLIENT_ID: 'c', OIDC_CLIENT_SECRET: 's' },
        'PUBLIC_URL must be set',
      ],
      [{ ...PROVIDER, OIDC_CLIENT_SECRET: '' }, 'OIDC_CLIENT_SECRET or OIDC_PRIVATE_KEY_FILE must be set'],
      [
        { ...PROVIDER, OIDC_PRIVATE_KEY_FILE: '/nowhere/key.pem' },
        'OIDC_CLIENT_SECRET and OIDC_PRIVATE_KEY_FILE are both set',
      ],
      [{ OIDC_CLIENT_ID: 'stray' }, 'OIDC_CLIENT_ID is set but OIDC_ISSUER_URL is not'],
      [{ PUBLIC_URL: 'https://x.example/app' }, 'PUBLIC_URL must be the http(s) origin'],
      [{ SESSION_IDLE_MINUTES: '0' }, 'SESSION_IDLE_MINUTES must not be less than 1'],
      [{ SESSION_MAX_HOURS: 'long' }, 'SESSION_MAX_HOURS must be a whole number'],
      [{ ...PROVIDER, OIDC_ROLES_CLAIM: 'roles claim' }, 'OIDC_ROLES_CLAIM must be a claim name'],
      [
        { ...PROVIDER, OIDC_GROUP_MAPPING_FILE: '/nowhere.json' },
        'OIDC_GROUP_MAPPING_FILE must be a readable JSON file',
      ],
    ])('refuses %p, naming the setting', (env, message) => {
      expect(() => loadSignInConfig(env)).toThrow(message);
    });

    it('refuses a group mapping that grants municipalities that are not CBS codes', () => {
      const mapping = file(
        JSON.stringify({ claim: 'groups', groups: { g: { roles: [], municipalities: ['Haarlem'] } } }),
      );
      expect(() => loadSignInConfig({ ...PROVIDER, OIDC_GROUP_MAPPING_FILE: mapping })).toThrow(
        'OIDC_GROUP_MAPPING_FILE lists municipalities for group g that are not CBS codes',
      );
    });

    it('never repeats the client secret in its message', () => {
      try {
        loadSignInConfig({ OIDC_CLIENT_SECRET: 'do-not-print-me' });
        throw new Error('expected a refusal');
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidConfigError);
        expect((error as Error).message).not.toContain('do-not-print-me');
      }
    });
  });
});
