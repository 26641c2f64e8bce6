import { InvalidConfigError } from './load-config';
import { loadHttpConfig } from './load-http-config';

describe('loading the HTTP edge configuration', () => {
  it('allows no cross-origin access, 600 requests a minute per caller and trusts no proxy by default', () => {
    expect(loadHttpConfig({})).toEqual({
      corsOrigins: [],
      rateLimit: { max: 600, windowSeconds: 60 },
      trustProxy: 0,
    });
  });

  it('reads each variable', () => {
    expect(
      loadHttpConfig({
        CORS_ORIGINS: 'https://portal.beverwijk.nl, http://localhost:8080',
        RATE_LIMIT_MAX: '120',
        RATE_LIMIT_TTL: '10',
        TRUST_PROXY: '1',
      }),
    ).toEqual({
      corsOrigins: ['https://portal.beverwijk.nl', 'http://localhost:8080'],
      rateLimit: { max: 120, windowSeconds: 10 },
      trustProxy: 1,
    });
  });

  it.each([
    ['CORS_ORIGINS', '*', 'CORS_ORIGINS must be a comma-separated list of origins'],
    ['CORS_ORIGINS', 'https://portal.example.nl/app', 'CORS_ORIGINS must be a comma-separated list of origins'],
    ['CORS_ORIGINS', 'portal.example.nl', 'CORS_ORIGINS must be a comma-separated list of origins'],
    ['RATE_LIMIT_MAX', 'many', 'RATE_LIMIT_MAX must be a whole number'],
    ['RATE_LIMIT_MAX', '0', 'RATE_LIMIT_MAX must not be less than 1'],
    ['RATE_LIMIT_TTL', '1.5', 'RATE_LIMIT_TTL must be a whole number'],
    ['TRUST_PROXY', 'yes', 'TRUST_PROXY must be a whole number of proxy hops'],
  ])('refuses %s=%s, naming the variable', (name, value, message) => {
    expect(() => loadHttpConfig({ [name]: value })).toThrow(message);
  });

  it('names every wrong variable at once', () => {
    try {
      loadHttpConfig({ RATE_LIMIT_MAX: 'x', TRUST_PROXY: 'y' });
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidConfigError);
      expect((error as InvalidConfigError).problems).toHaveLength(2);
    }
  });
});
