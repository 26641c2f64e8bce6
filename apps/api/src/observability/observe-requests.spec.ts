import { createServer, request as send, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import { Metrics } from './metrics';
import { observeRequests } from './observe-requests';
import { OperationRoutes } from './operation-routes';

type Answer = (request: IncomingMessage, response: ServerResponse) => void;

/** A plain HTTP server behind the request watchers, its log lines kept as parsed objects. */
async function watched(answer: Answer): Promise<{ server: Server; port: number; lines: Record<string, unknown>[] }> {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  const [settle, watch] = observeRequests(pino({ level: 'debug' }, sink), new Metrics(), new OperationRoutes());
  const server = createServer((request, response) => {
    settle?.(request, response, () => watch?.(request, response, () => answer(request, response)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port, lines };
}

function get(port: number, path: string, correlationId: string): Promise<number> {
  return new Promise((resolve, reject) => {
    send({ port, path, host: '127.0.0.1', headers: { 'x-correlation-id': correlationId } }, (response) => {
      response.resume();
      response.once('end', () => resolve(response.statusCode ?? 0));
    })
      .once('error', reject)
      .end();
  });
}

/** The line is written as the answer finishes; the client may hear the answer a moment earlier. */
async function lineOf(lines: Record<string, unknown>[], correlationId: string): Promise<Record<string, unknown>[]> {
  for (let attempt = 0; attempt < 100 && !lines.some((l) => l.correlationId === correlationId); attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return lines.filter((l) => l.correlationId === correlationId);
}

describe('the request log', () => {
  let status = 200;
  let env: Awaited<ReturnType<typeof watched>>;

  beforeAll(async () => {
    env = await watched((_request, response) => {
      response.statusCode = status;
      response.end('answer');
    });
  });
  afterAll(() => new Promise<void>((resolve) => env.server.close(() => resolve())));

  it('writes one line per answer at info, with method, path, status, duration and correlation id only', async () => {
    status = 201;
    await get(env.port, '/api/v1/signals?municipalityCode=GM0375', 'answered-1');
    const lines = await lineOf(env.lines, 'answered-1');
    expect(lines).toEqual([
      expect.objectContaining({
        level: 30,
        msg: 'GET /api/v1/signals 201',
        method: 'GET',
        route: '/api/v1/signals',
        status: 201,
        durationMs: expect.any(Number),
        correlationId: 'answered-1',
      }),
    ]);
    expect(JSON.stringify(lines)).not.toContain('municipalityCode');
  });

  it('writes a failed answer at error', async () => {
    status = 503;
    await get(env.port, '/api/v1/signals', 'failed-1');
    expect(await lineOf(env.lines, 'failed-1')).toEqual([expect.objectContaining({ level: 50, status: 503 })]);
  });

  it('writes a successful probe at debug, and a refused one at info', async () => {
    status = 200;
    await get(env.port, '/health/live', 'probe-ok');
    status = 401;
    await get(env.port, '/metrics', 'probe-refused');
    expect(await lineOf(env.lines, 'probe-ok')).toEqual([expect.objectContaining({ level: 20, status: 200 })]);
    expect(await lineOf(env.lines, 'probe-refused')).toEqual([expect.objectContaining({ level: 30, status: 401 })]);
  });
});
