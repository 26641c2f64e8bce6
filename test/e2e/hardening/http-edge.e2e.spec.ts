import request from 'supertest';
import type { HttpConfig } from '#config';
import { startTestApp, type TestApp } from '../../support/test-app';

const PORTAL = 'https://portal.beverwijk.nl';
const STRANGER = 'https://evil.example';
const PROBLEM_JSON = /^application\/problem\+json/;

const config = (overrides: Partial<HttpConfig>): HttpConfig => ({
  corsOrigins: [],
  rateLimit: { max: 1_000_000, windowSeconds: 60 },
  trustProxy: 0,
  ...overrides,
});

describe('the HTTP edge with the default configuration', () => {
  let api: TestApp;
  let official: string;
  beforeAll(async () => {
    api = await startTestApp('edge-default', config({}));
    official = await api.bearer('official');
  });
  afterAll(() => api.close());

  describe('security headers', () => {
    it.each([
      ['a query', '/api/v1/signals'],
      ['a refusal', '/api/v1/signals?limit=0'],
      ['the OpenAPI document', '/api/v1/openapi.json'],
      ['the health check', '/health'],
      ['an unknown API address', '/api/v1/nothing-here'],
    ])('are on %s', async (_name, path) => {
      const response = await request(api.http).get(path).set('Authorization', official);
      expect(response.headers).toMatchObject({
        'content-security-policy': expect.stringContaining("default-src 'self'"),
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'referrer-policy': 'no-referrer',
        'strict-transport-security': expect.stringContaining('max-age='),
        'cross-origin-opener-policy': 'same-origin',
      });
      expect(response.headers['x-powered-by']).toBeUndefined();
    });

    it('allow scripts, styles and forms from this origin only, and no framing', async () => {
      const response = await request(api.http).get('/health');
      const directives = new Map(
        (response.headers['content-security-policy'] ?? '').split(';').map((directive: string) => {
          const [name = '', ...values] = directive.trim().split(/\s+/);
          return [name, values.join(' ')] as const;
        }),
      );
      expect(Object.fromEntries(directives)).toMatchObject({
        'default-src': "'self'",
        'script-src': "'self'",
        'style-src': "'self'",
        'object-src': "'none'",
        'form-action': "'self'",
        'frame-ancestors': "'none'",
      });
      expect(response.headers['content-security-policy']).not.toContain('unsafe-inline');
    });

    it('keep API answers out of every cache', async () => {
      const response = await request(api.http).get('/api/v1/signals').set('Authorization', official).expect(200);
      expect(response.headers['cache-control']).toBe('no-store');
    });
  });

  it('documents 429 with Retry-After on every operation of the served document', async () => {
    const document = (await request(api.http).get('/api/v1/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, { operationId: string; responses: Record<string, { headers?: object }> }>>;
    };
    const undocumented = Object.values(document.paths)
      .flatMap((methods) => Object.values(methods))
      .filter(
        (operation) => !operation.responses['429']?.headers || !('Retry-After' in operation.responses['429'].headers),
      )
      .map((operation) => operation.operationId);
    expect(undocumented).toEqual([]);
  });

  describe('cross-origin requests', () => {
    it('get no CORS permission for any origin', async () => {
      const response = await request(api.http)
        .get('/api/v1/signals')
        .set('Authorization', official)
        .set('Origin', PORTAL);
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('get no permission in a preflight either', async () => {
      const response = await request(api.http)
        .options('/api/v1/signals')
        .set('Origin', PORTAL)
        .set('Access-Control-Request-Method', 'POST');
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
      expect(response.status).toBeLessThan(500);
    });
  });

  describe('request bodies', () => {
    const admin = () => api.bearer('admin');

    it('refuses JSON beyond 256 kB with 413 problem+json', async () => {
      const response = await request(api.http)
        .post('/api/v1/municipalities')
        .set('Authorization', await admin())
        .set('Content-Type', 'application/json')
        .send(JSON.stringify({ code: 'GM0375', name: 'x'.repeat(300_000) }));
      expect(response.status).toBe(413);
      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    });

    it('refuses an oversized JSON body sent in chunks, without a Content-Length', async () => {
      const url = new URL('/api/v1/municipalities', await listening(api));
      const chunk = Buffer.from(`"${'x'.repeat(64 * 1024)}",`);
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(Buffer.from('{"name":['));
          for (let i = 0; i < 8; i++) controller.enqueue(chunk);
          controller.enqueue(Buffer.from('"x"],"code":"GM0375"}'));
          controller.close();
        },
      });
      // Node's fetch needs `duplex` for a streamed body; the DOM typings (from preact) lack it.
      const init = {
        method: 'POST',
        headers: { Authorization: await admin(), 'Content-Type': 'application/json' },
        body,
        duplex: 'half',
      } as RequestInit;
      const response = await fetch(url, init);
      expect(response.status).toBe(413);
      expect(response.headers.get('content-type')).toMatch(PROBLEM_JSON);
    });

    it.each(['application/x-www-form-urlencoded', 'text/plain', 'application/octet-stream', 'multipart/form-data'])(
      'answers an oversized %s body with a 4xx problem, never a 5xx',
      async (contentType) => {
        const response = await request(api.http)
          .post('/api/v1/municipalities')
          .set('Authorization', await admin())
          .set('Content-Type', contentType)
          .send(`name=${'x'.repeat(400_000)}`);
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
        expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
      },
    );

    it.each([
      ['arrays', `{"code":${'['.repeat(50_000)}${']'.repeat(50_000)}}`],
      ['objects', `{"code":${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}}`],
    ])(
      'refuses JSON nested tens of thousands of levels deep in %s with 400, within the size limit',
      async (_name, body) => {
        const response = await request(api.http)
          .post('/api/v1/municipalities')
          .set('Authorization', await admin())
          .set('Content-Type', 'application/json')
          .send(body);
        expect(response.status).toBe(400);
        expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
        expect(response.body).toMatchObject({ invalidParams: [{ name: 'body' }] });
      },
    );

    it.each([
      ['a body string', '/api/v1/municipalities', '{"code":"GM0375","name":"Bever\\u0000wijk"}', 'body'],
      ['a body key', '/api/v1/municipalities', '{"code":"GM0375","na\\u0000me":"Beverwijk"}', 'body'],
      ['a path parameter', '/api/v1/council-proposals/RV%00-1', undefined, 'url'],
      ['a query parameter', '/api/v1/signals?status=re%00corded', undefined, 'url'],
    ])('refuses U+0000 in %s with 400, which PostgreSQL could not store', async (_name, path, body, field) => {
      const call = body
        ? request(api.http).post(path).set('Content-Type', 'application/json').send(body)
        : request(api.http).get(path);
      const response = await call.set('Authorization', await admin());
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ invalidParams: [{ name: field }] });
    });

    it('refuses null for an optional field with 400 naming it, rather than treating it as a value', async () => {
      const response = await request(api.http)
        .post('/api/v1/participation-agendas/c0a80101-0000-4000-8000-00000000dead/items')
        .set('Authorization', await admin())
        .send({ theme: 'Vervoer', source: 'signal', signalIds: null });
      expect(response.status).toBe(400);
      const { invalidParams } = response.body as { invalidParams: { name: string }[] };
      expect(new Set(invalidParams.map((param) => param.name))).toEqual(new Set(['signalIds']));
    });

    it.each(['GET', 'HEAD'])(
      'answers a %s whose URL is beyond what Node parses with 431 problem+json',
      async (method) => {
        const url = new URL(`/api/v1/signals?status=${'x'.repeat(20_000)}`, await listening(api));
        const response = await fetch(url, { method, headers: { Authorization: official } });
        expect(response.status).toBe(431);
        expect(response.headers.get('content-type')).toMatch(PROBLEM_JSON);
        const body = await response.text();
        if (method === 'GET')
          expect(JSON.parse(body)).toMatchObject({ status: 431, code: 'REQUEST.HEADERS_TOO_LARGE' });
        else expect(body).toBe('');
      },
    );

    it.each([
      ['a charset JSON cannot be read in', 'application/json; charset=utf-16'],
      ['a gzip encoding that is not gzip', 'application/json'],
    ])('answers JSON in %s with a 4xx problem', async (name, contentType) => {
      const call = request(api.http)
        .post('/api/v1/municipalities')
        .set('Authorization', await admin())
        .set('Content-Type', contentType);
      if (name.includes('gzip')) call.set('Content-Encoding', 'gzip');
      const response = await call.send('{"code":"GM0375","name":"Beverwijk"}');
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    });
  });
});

describe('the HTTP edge with CORS_ORIGINS set', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp('edge-cors', config({ corsOrigins: [PORTAL] }));
  });
  afterAll(() => api.close());

  it("lets a configured origin's scripts read answers, and the headers clients need", async () => {
    const response = await request(api.http)
      .get('/api/v1/signals')
      .set('Authorization', await api.bearer('official'))
      .set('Origin', PORTAL)
      .expect(200);
    expect(response.headers['access-control-allow-origin']).toBe(PORTAL);
    expect(response.headers['access-control-expose-headers']).toEqual(expect.stringContaining('ETag'));
    expect(response.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it('allows a conditional, idempotent command from that origin in a preflight', async () => {
    const response = await request(api.http)
      .options('/api/v1/signals')
      .set('Origin', PORTAL)
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'authorization, content-type, if-match, idempotency-key');
    expect(response.status).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe(PORTAL);
    expect(response.headers['access-control-allow-headers']).toEqual(
      expect.stringMatching(/Authorization.*Content-Type.*If-Match.*Idempotency-Key/),
    );
  });

  it('gives any other origin no permission', async () => {
    const response = await request(api.http)
      .options('/api/v1/signals')
      .set('Origin', STRANGER)
      .set('Access-Control-Request-Method', 'POST');
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('the HTTP edge with a rate limit of 5 requests a minute', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp('edge-rate', config({ rateLimit: { max: 5, windowSeconds: 60 } }));
  });
  afterAll(() => api.close());

  it('answers the sixth request of one caller 429 problem+json with Retry-After, across routes', async () => {
    const token = await api.bearer('official', ['GM0375'], 'busy-official');
    const paths = [
      '/api/v1/signals',
      '/api/v1/advice-trajectories',
      '/api/v1/temporary-tables',
      '/api/v1/signals',
      '/api/v1/signals',
    ];
    for (const path of paths) await request(api.http).get(path).set('Authorization', token).expect(200);
    const refused = await request(api.http).get('/api/v1/temporary-tables').set('Authorization', token);
    expect(refused.status).toBe(429);
    expect(refused.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(refused.body).toMatchObject({ status: 429, code: 'REQUEST.TOO_MANY' });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
  });

  it('keeps a separate budget for each token subject', async () => {
    const token = await api.bearer('official', ['GM0375'], 'calm-official');
    await request(api.http).get('/api/v1/signals').set('Authorization', token).expect(200);
  });

  it('limits callers without a valid token by their address, before they learn the token is bad', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const response = await request(api.http).get('/api/v1/signals').set('Authorization', `Bearer made-up-${i}`);
      statuses.push(response.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
  });

  it('cannot be dodged with a made-up X-Forwarded-For when no proxy is trusted', async () => {
    const response = await request(api.http)
      .get('/api/v1/signals')
      .set('Authorization', 'Bearer made-up')
      .set('X-Forwarded-For', '203.0.113.9');
    expect(response.status).toBe(429);
  });

  it('never limits the health check', async () => {
    for (let i = 0; i < 8; i++) await request(api.http).get('/health').expect(200);
  });
});

describe('the HTTP edge behind one trusted proxy, with a rate limit of 1 request a minute', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp('edge-proxy', config({ rateLimit: { max: 1, windowSeconds: 60 }, trustProxy: 1 }));
  });
  afterAll(() => api.close());

  it('keeps a budget for each client address the proxy reports', async () => {
    const asClient = (address: string) =>
      request(api.http).get('/api/v1/signals').set('Authorization', 'Bearer made-up').set('X-Forwarded-For', address);
    expect((await asClient('198.51.100.1')).status).toBe(401);
    expect((await asClient('198.51.100.2')).status).toBe(401);
    expect((await asClient('198.51.100.1')).status).toBe(429);
  });
});

describe('the pages with a rate limit of 4 requests a minute', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp('edge-pages', config({ rateLimit: { max: 4, windowSeconds: 60 } }));
  });
  afterAll(() => api.close());

  it('count a page view once, not the calls the page makes to the API for it', async () => {
    const views: number[] = [];
    for (let view = 0; view < 5; view++) views.push((await request(api.http).get('/')).status);
    expect(views).toEqual([200, 200, 200, 200, 429]);
  });

  it('cannot be dodged with a made-up internal-call header', async () => {
    const response = await request(api.http).get('/api/v1/municipalities').set('X-Internal-Call', 'a-guess');
    expect(response.status).toBe(429);
  });
});

/** The test app's address on a real socket, for requests supertest cannot shape. */
async function listening(api: TestApp): Promise<string> {
  const server = api.app.getHttpServer() as import('node:http').Server;
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The test app is not listening on a port');
  return `http://127.0.0.1:${address.port}`;
}
