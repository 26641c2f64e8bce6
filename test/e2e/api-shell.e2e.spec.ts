import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app';

describe('the API shell', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  describe('GET /api/v1/openapi.json', () => {
    it('serves an OpenAPI 3 document without authentication', async () => {
      const response = await request(api.http).get('/api/v1/openapi.json').expect(200);
      expect((response.body as { openapi: string }).openapi).toMatch(/^3\./);
      expect(response.body).toMatchObject({
        info: { title: 'Participation engine API', version: '1.0.0' },
        servers: [{ url: '/api/v1' }],
      });
    });

    it('names the API version in a header, as the NL GOV design rules ask', async () => {
      const response = await request(api.http).get('/api/v1/openapi.json');
      expect(response.headers['api-version']).toBe('1.0.0');
    });
  });

  describe('GET /health', () => {
    it('reports the event store and the database up, without a token', async () => {
      const response = await request(api.http).get('/health').expect(200);
      expect(response.body).toEqual({
        status: 'up',
        checks: {
          eventStore: { status: 'up', adapter: 'postgres' },
          database: { status: 'up', embedded: false },
        },
      });
    });
  });

  describe('an unknown path', () => {
    it('answers 404 as problem+json', async () => {
      const response = await request(api.http)
        .get('/api/v1/nothing-here')
        .set('Authorization', await api.bearer('official'))
        .expect(404);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ status: 404, title: 'Not Found', instance: '/api/v1/nothing-here' });
    });
  });

  describe('a request without a valid token', () => {
    it('answers 401 as problem+json with a Bearer challenge', async () => {
      const response = await request(api.http).post('/api/v1/municipalities').send({}).expect(401);
      expect(response.headers['www-authenticate']).toBe('Bearer');
      expect(response.body).toMatchObject({ status: 401, code: 'AUTH.UNAUTHENTICATED' });
    });

    it('answers 401 to a token that is not a token', async () => {
      await request(api.http)
        .post('/api/v1/municipalities')
        .set('Authorization', 'Bearer nonsense')
        .send({})
        .expect(401);
    });
  });
});

describe('the health check when the database is gone', () => {
  it('answers 503 and names the part that is down', async () => {
    const api = await startTestApp('down');
    await api.storage.database.end();
    const response = await request(api.http).get('/health').expect(503);
    await api.app.close();
    // The projector's parts stop at once on an ended pool (they used to retry against it).
    await api.projector.stop();
    await api.storage.eventStore.close();
    expect(response.body).toMatchObject({
      status: 'down',
      checks: { eventStore: { status: 'up' }, database: { status: 'down' } },
    });
  });
});
