import { InvalidConfigError, loadConfig } from './load-config';

describe('loading the configuration', () => {
  describe('when nothing is set', () => {
    it('runs on port 3000 with embedded PostgreSQL in .data under the working directory', () => {
      expect(loadConfig({}, '/srv/app')).toEqual({
        port: 3000,
        databaseUrl: undefined,
        eventStoreUrl: undefined,
        dataDir: '/srv/app/.data',
        logLevel: 'info',
        jwks: undefined,
        role: 'api',
      });
    });

    it.each(['api', 'projector', 'api-only'] as const)('accepts ROLE=%s', (role) => {
      expect(loadConfig({ ROLE: role }).role).toBe(role);
    });

    it('treats empty variables as not set', () => {
      expect(loadConfig({ PORT: '', DATABASE_URL: ' ' }, '/srv/app').port).toBe(3000);
    });
  });

  describe('when everything is set', () => {
    it('reads each variable', () => {
      const config = loadConfig(
        {
          PORT: '8080',
          DATABASE_URL: 'postgres://app:secret@db:5432/participation',
          EVENTSTORE_URL: 'esdb://node1:2113,node2:2113,node3:2113?tls=true',
          DATA_DIR: '/var/lib/participation',
          LOG_LEVEL: 'debug',
          JWT_JWKS_URL: 'https://login.example.nl/.well-known/jwks.json',
          JWT_ISSUER: 'https://login.example.nl',
          ROLE: 'projector',
        },
        '/srv/app',
      );
      expect(config).toEqual({
        port: 8080,
        databaseUrl: 'postgres://app:secret@db:5432/participation',
        eventStoreUrl: 'esdb://node1:2113,node2:2113,node3:2113?tls=true',
        dataDir: '/var/lib/participation',
        logLevel: 'debug',
        jwks: {
          jwksUrl: 'https://login.example.nl/.well-known/jwks.json',
          issuer: 'https://login.example.nl',
          audience: 'participation-engine',
        },
        role: 'projector',
      });
    });
  });

  describe('when a value is wrong', () => {
    it.each([
      ['PORT', 'eighty', 'PORT must be a whole number'],
      ['PORT', '70000', 'PORT must not be greater than 65535'],
      ['DATABASE_URL', 'mysql://db/x', 'DATABASE_URL must be a postgres://'],
      ['EVENTSTORE_URL', 'http://esdb:2113', 'EVENTSTORE_URL must be an esdb://'],
      ['LOG_LEVEL', 'loud', 'LOG_LEVEL must be one of'],
      ['ROLE', 'worker', 'ROLE must be one of api, projector, api-only'],
    ])('refuses %s=%s, naming the variable', (name, value, message) => {
      expect(() => loadConfig({ [name]: value })).toThrow(message);
    });

    it('refuses a JWKS URL without the issuer it belongs to', () => {
      expect(() => loadConfig({ JWT_JWKS_URL: 'https://login.example.nl/jwks' })).toThrow('JWT_ISSUER must be set');
    });

    it('names every wrong variable at once', () => {
      try {
        loadConfig({ PORT: 'x', LOG_LEVEL: 'y' });
        throw new Error('expected a refusal');
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidConfigError);
        expect((error as InvalidConfigError).problems).toHaveLength(2);
      }
    });
  });
});
