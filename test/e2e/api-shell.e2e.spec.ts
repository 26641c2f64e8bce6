import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { App } from 'supertest/types';
import { createApp } from '../../apps/api/src/create-app';
import type { Storage } from '#runtime';
import { openTestStorage } from '../support/test-storage';

describe('the API shell', () => {
  let storage: Storage;
  let app: INestApplication;
  const http = (): App => app.getHttpServer() as App;

  beforeAll(async () => {
    storage = await openTestStorage();
    app = await createApp(storage, false);
  });
  afterAll(async () => {
    await app.close();
    await storage.close();
  });

  describe('GET /api/v1/openapi.json', () => {
    it('serves an OpenAPI 3 document without authentication', async () => {
      const response = await request(http()).get('/api/v1/openapi.json').expect(200);
      expect((response.body as { openapi: string }).openapi).toMatch(/^3\./);
      expect(response.body).toMatchObject({
        info: { title: 'Participation engine API', version: '1.0.0' },
        servers: [{ url: '/api/v1' }],
      });
    });

    it('names the API version in a header, as the NL GOV design rules ask', async () => {
      const response = await request(http()).get('/api/v1/openapi.json');
      expect(response.headers['api-version']).toBe('1.0.0');
    });
  });

  describe('GET /health', () => {
    it('reports the event store and the database up', async () => {
      const response = await request(http()).get('/health').expect(200);
      expect(response.body).toEqual({
        status: 'up',
        checks: {
          eventStore: { status: 'up', adapter: 'postgres' },
          database: { status: 'up', embedded: false },
        },
      });
    });
  });

  describe('GET an unknown path', () => {
    it('answers 404', async () => {
      await request(http()).get('/api/v1/nothing-here').expect(404);
    });
  });
});

describe('the health check when the database is gone', () => {
  it('answers 503 and names the part that is down', async () => {
    const storage = await openTestStorage('down');
    const app = await createApp(storage, false);
    await storage.database.end();
    const response = await request(app.getHttpServer() as App)
      .get('/health')
      .expect(503);
    await app.close();
    await storage.eventStore.close();
    expect(response.body).toMatchObject({
      status: 'down',
      checks: { eventStore: { status: 'up' }, database: { status: 'down' } },
    });
  });
});
