import request from 'supertest';
import { REBUILD_LOCK } from '../../../libs/projections/src/rebuild/rebuild-generations';
import { IJMOND_BODY_ID, seedIjmond } from '../../support/ijmond';
import { eventually, startObservedApp, type ObservedApp } from './observed-app';

const METRICS_TOKEN = 'scrape-token-0123456789';
const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';

const signal = (id: string) => ({
  id,
  bodyId: IJMOND_BODY_ID,
  municipalityCode: 'GM0375',
  channel: 'home-care',
  receivedOn: '2026-11-02',
  themes: ['woningaanpassing'],
  domain: 'wmo',
  summary: 'Mevrouw Verhoeven wacht al maanden op een traplift.',
  reporter: { name: 'Trui Verhoeven', contact: 'trui@example.nl' },
});

describe('watching the API', () => {
  let api: ObservedApp;
  let member: string;
  const scrape = async (): Promise<string> =>
    (await request(api.http).get('/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}`).expect(200)).text;
  const lineFor = (correlationId: string) =>
    api.logLines().find((line) => line.correlationId === correlationId && line.status !== undefined);

  beforeAll(async () => {
    api = await startObservedApp('observed', { observability: { metricsToken: METRICS_TOKEN } });
    await seedIjmond(api, ['GM0375']);
    member = await api.bearer('body-member', ['GM0375'], 'member-7');
  });
  afterAll(() => api.close());

  describe('the request log', () => {
    it("writes one line per request with the caller's correlation id, which the events carry too", async () => {
      const response = await request(api.http)
        .post('/api/v1/signals')
        .set('Authorization', member)
        .set('X-Correlation-ID', 'ticket-4711')
        .send(signal('c0a80101-0000-4000-8000-00000000a001'))
        .expect(201);

      expect(response.headers['x-correlation-id']).toBe('ticket-4711');
      const [event] = await api.storage.eventStore.readStream('signal-c0a80101-0000-4000-8000-00000000a001');
      expect(event?.metadata.correlationId).toBe('ticket-4711');
      expect(api.logLines().filter((line) => line.correlationId === 'ticket-4711')).toEqual([
        expect.objectContaining({
          level: 30,
          msg: 'POST /api/v1/signals 201',
          method: 'POST',
          route: '/api/v1/signals',
          status: 201,
          operationId: 'RecordSignal',
          durationMs: expect.any(Number),
        }),
      ]);
    });

    it('takes the trace id of a W3C traceparent when no correlation id is sent', async () => {
      const response = await request(api.http)
        .post('/api/v1/signals')
        .set('Authorization', member)
        .set('traceparent', `00-${TRACE_ID}-00f067aa0ba902b7-01`)
        .send(signal('c0a80101-0000-4000-8000-00000000a002'))
        .expect(201);

      expect(response.headers['x-correlation-id']).toBe(TRACE_ID);
      const [event] = await api.storage.eventStore.readStream('signal-c0a80101-0000-4000-8000-00000000a002');
      expect(event?.metadata.correlationId).toBe(TRACE_ID);
      expect(lineFor(TRACE_ID)).toMatchObject({ operationId: 'RecordSignal', status: 201 });
    });

    it('makes a new id when the headers hold none worth keeping, and uses it everywhere', async () => {
      const response = await request(api.http)
        .post('/api/v1/signals')
        .set('Authorization', member)
        .set('X-Correlation-ID', 'no spaces or <tags> please')
        .set('traceparent', `00-${'0'.repeat(32)}-00f067aa0ba902b7-01`)
        .send(signal('c0a80101-0000-4000-8000-00000000a003'))
        .expect(201);

      const generated = response.headers['x-correlation-id'] as string;
      expect(generated).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      const [event] = await api.storage.eventStore.readStream('signal-c0a80101-0000-4000-8000-00000000a003');
      expect(event?.metadata.correlationId).toBe(generated);
      expect(lineFor(generated)).toMatchObject({ status: 201 });
    });

    it('names the operation of a refused request, with the route pattern rather than the ids in it', async () => {
      await request(api.http)
        .get('/api/v1/signals/c0a80101-0000-4000-8000-00000000a001')
        .set('X-Correlation-ID', 'no-token-here')
        .expect(401);
      expect(lineFor('no-token-here')).toMatchObject({
        route: '/api/v1/signals/:signalId',
        status: 401,
        operationId: 'GetSignal',
      });
    });

    it('never holds a token, a body, a query string or personal data', async () => {
      await request(api.http)
        .get('/api/v1/signals?municipalityCode=GM0375&status=recorded')
        .set('Authorization', member)
        .set('Cookie', 'session=very-secret-cookie')
        .set('X-Correlation-ID', 'list-with-query')
        .expect(200);
      expect(lineFor('list-with-query')).toMatchObject({ route: '/api/v1/signals', operationId: 'ListSignals' });
      const text = api.logText();
      expect(text).not.toContain(member.replace('Bearer ', ''));
      expect(text).not.toMatch(/Verhoeven|trui@example|traplift|very-secret-cookie|municipalityCode=/);
    });
  });

  describe('GET /metrics', () => {
    it('answers only with the metrics token when one is set', async () => {
      await request(api.http).get('/metrics').expect(401);
      await request(api.http).get('/metrics').set('Authorization', 'Bearer not-the-token-at-all').expect(401);
      await request(api.http).get('/metrics').set('Authorization', member).expect(401);
      const response = await request(api.http).get('/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}`);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    });

    it('counts commands and their latency by operationId and outcome', async () => {
      const official = await api.bearer('official', ['GM0375']);
      await request(api.http)
        .post('/api/v1/signals')
        .set('Authorization', official)
        .send(signal('c0a80101-0000-4000-8000-00000000a004'))
        .expect(403);
      const text = await scrape();
      expect(text).toContain('participation_commands_total{operation_id="RecordSignal",outcome="ok"} 3');
      expect(text).toContain('participation_commands_total{operation_id="RecordSignal",outcome="forbidden"} 1');
      expect(text).toContain('participation_commands_total{operation_id="RegisterMunicipality",outcome="ok"} 1');
      expect(text).toMatch(
        /participation_command_duration_seconds_count\{operation_id="RecordSignal",outcome="ok"\} 3\n/,
      );
    });

    it('times queries and appends to the event store', async () => {
      const text = await scrape();
      expect(text).toMatch(/participation_query_duration_seconds_count\{operation_id="ListSignals",outcome="ok"\} 1\n/);
      expect(text).toMatch(
        /participation_query_duration_seconds_count\{operation_id="GetSignal",outcome="unauthenticated"\} 1\n/,
      );
      // Two municipalities' worth of seed (one municipality, one body) and three signals.
      expect(text).toMatch(
        /participation_event_store_append_duration_seconds_count\{adapter="postgres",outcome="ok"\} 5\n/,
      );
    });

    it('shows every read model against the head of the store, and the process itself', async () => {
      await api.readModelsCaughtUp();
      const text = await eventually(async () => {
        const scraped = await scrape();
        for (const projection of ['signal-register', 'advice-register', 'table-register']) {
          expect(scraped).toContain(`participation_projection_lag_events{projection="${projection}"} 0`);
          expect(scraped).toContain(`participation_projection_lag_positions{projection="${projection}"} 0`);
          expect(scraped).toMatch(
            new RegExp(`participation_projection_checkpoint_position\\{projection="${projection}"\\} \\d+`),
          );
        }
        return scraped;
      });
      expect(text).toMatch(/^participation_event_store_head_position \d+$/m);
      expect(text).toMatch(/^participation_projection_status_up 1$/m);
      expect(text).toMatch(/^participation_rebuild_running 0$/m);
      expect(text).toMatch(/^process_cpu_user_seconds_total \d/m);
      expect(text).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
    });

    it('counts the register answers kept until the read models next commit (ADR 52)', async () => {
      const answers = async (): Promise<{ hit: number; miss: number }> => {
        const text = await scrape();
        const count = (outcome: string): number =>
          Number(
            new RegExp(`^participation_read_model_answers_total\\{outcome="${outcome}"\\} (\\d+)$`, 'm').exec(
              text,
            )?.[1] ?? 0,
          );
        return { hit: count('hit'), miss: count('miss') };
      };
      await api.readModelsCaughtUp();
      const register = () => request(api.http).get('/api/v1/advice-trajectories?q=traplift&limit=5').expect(200);
      const before = await answers();
      const first = (await register()).body as unknown;
      expect((await register()).body).toEqual(first);
      const kept = await answers();
      expect([kept.miss - before.miss, kept.hit - before.hit]).toEqual([1, 1]);
      await request(api.http)
        .post('/api/v1/signals')
        .set('Authorization', member)
        .send(signal('c0a80101-0000-4000-8000-00000000a005'))
        .expect(201);
      // The signal's batch commits: the next same request reads the register again.
      await eventually(async () => {
        const seen = await answers();
        await register();
        expect((await answers()).miss).toBe(seen.miss + 1);
      });
    });

    it('shows the progress of a rebuild that another process runs on the same database', async () => {
      const database = api.storage.database;
      const [first] = await api.storage.sealedEventStore.readAll({ maxCount: 1 });
      const rebuilding = await database.connect();
      try {
        await rebuilding.query('SELECT pg_advisory_lock($1)', [REBUILD_LOCK]);
        await rebuilding.query(
          `INSERT INTO projection_generations (projection, generation, position, active)
           VALUES ('signal-register', 2, $1, false)`,
          [String(first?.position)],
        );
        const text = await eventually(async () => {
          const scraped = await scrape();
          expect(scraped).toMatch(/^participation_rebuild_running 1$/m);
          return scraped;
        });
        expect(text).toMatch(
          /participation_rebuild_progress_ratio\{projection="signal-register",generation="2"\} 0(\.\d+)?\n/,
        );
        expect(text).toMatch(
          /participation_rebuild_lag_events\{projection="signal-register",generation="2"\} [1-9]\d*\n/,
        );
      } finally {
        await rebuilding.query(`DELETE FROM projection_generations WHERE NOT active`);
        await rebuilding.query('SELECT pg_advisory_unlock($1)', [REBUILD_LOCK]);
        rebuilding.release();
      }
    });
  });

  describe('the health probes', () => {
    it('are outside /api/v1, need no token, and stay out of the OpenAPI document', async () => {
      await request(api.http).get('/health/live').expect(200, { status: 'ok', info: {}, error: {}, details: {} });
      await request(api.http).get('/health/ready').expect(200);
      await request(api.http).get('/api/v1/health/ready').expect(404);
      const document = await request(api.http).get('/api/v1/openapi.json').expect(200);
      expect(Object.keys((document.body as { paths: object }).paths).join(' ')).not.toMatch(/health|metrics/);
    });

    it('reports readiness per part, each read model with its lag', async () => {
      await api.readModelsCaughtUp();
      const response = await eventually(() => request(api.http).get('/health/ready').expect(200));
      expect(response.body).toMatchObject({
        status: 'ok',
        details: {
          shutdown: { status: 'up' },
          eventStore: { status: 'up' },
          database: { status: 'up' },
          'projection:signal-register': { status: 'up', lagEvents: 0, maxLagEvents: 1000 },
          'projection:advice-register': { status: 'up', lagEvents: 0 },
        },
      });
    });
  });
});

describe('readiness while the read models are behind', () => {
  let api: ObservedApp;
  beforeAll(async () => {
    // api-only: no projector in this process, so the read models fall behind until one runs.
    api = await startObservedApp('behind', { role: 'api-only', observability: { readinessMaxProjectionLag: 1 } });
    await seedIjmond(api, ['GM0375']);
  });
  afterAll(() => api.close());

  it('turns red beyond the allowed lag, naming each read model behind, and green once they catch up', async () => {
    const behind = await request(api.http).get('/health/ready').expect(503);
    expect(behind.body).toMatchObject({
      status: 'error',
      error: { 'projection:signal-register': { status: 'down', lagEvents: 2, maxLagEvents: 1 } },
    });
    expect(api.logLines()).toContainEqual(
      expect.objectContaining({
        level: 40,
        msg: 'not ready',
        failing: expect.arrayContaining(['projection:signal-register']),
      }),
    );

    await api.readModelsCaughtUp();
    await eventually(() => request(api.http).get('/health/ready').expect(200));
  });
});
