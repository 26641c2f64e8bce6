import request from 'supertest';
import { startTestApp, type TestApp } from '../../support/test-app';

describe('GetCurrentCaller (GET /api/v1/me)', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp('current-caller');
  });
  afterAll(() => api.close());

  it("answers the caller's id, roles and municipalities as the token states them", async () => {
    const token = await api.bearer(['secretary', 'body-member'], ['GM0375', 'GM0453'], 'secretary-ijmond');
    const response = await request(api.http).get('/api/v1/me').set('Authorization', token).expect(200);
    expect(response.body).toEqual({
      id: 'secretary-ijmond',
      roles: ['secretary', 'body-member'],
      municipalities: ['GM0375', 'GM0453'],
    });
    expect(response.headers['api-version']).toBe('1.0.0');
  });

  it('refuses a request without a token with 401', async () => {
    const response = await request(api.http).get('/api/v1/me').expect(401);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.headers['www-authenticate']).toBe('Bearer');
  });

  it('refuses a token that does not verify with 401', async () => {
    const token = await api.bearer('admin');
    await request(api.http)
      .get('/api/v1/me')
      .set('Authorization', `${token.slice(0, -4)}AAAA`)
      .expect(401);
  });

  it('is in the OpenAPI document under its operationId, with a token required', async () => {
    const document = (await request(api.http).get('/api/v1/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, { operationId: string; security?: object[] }>>;
    };
    expect(document.paths['/me']?.get).toMatchObject({ operationId: 'GetCurrentCaller', security: [{ bearer: [] }] });
  });
});
