import { request as httpRequest, type Server } from 'node:http';
import fc from 'fast-check';
import supertest from 'supertest';
import type { Role } from '#application';
import {
  dereference,
  operationsOf,
  pathOf,
  type OpenApiDocument,
  type Operation,
  type Schema,
} from '../../support/openapi-operations';
import { BEVERWIJK, playScenario, scenarioFor } from '../../support/scenario';
import { startTestApp, type TestApp } from '../../support/test-app';

/**
 * Fixed, so every run sends the same requests; a failure prints its seed and `path` to replay
 * it. FUZZ_SEED and FUZZ_RUNS explore further by hand (`FUZZ_SEED=7 npx jest fuzz`).
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_123);
const RUNS = Number(process.env.FUZZ_RUNS ?? 5_000);
const scenario = scenarioFor(BEVERWIJK);

/** Shapes that have broken parsers, query builders and routers elsewhere. */
const HOSTILE_STRINGS = [
  "' OR '1'='1",
  "'; DROP TABLE es_events; --",
  '" OR ""="',
  '1; SELECT pg_sleep(10)',
  "$1'::text); SELECT 1; --",
  '%',
  '%25',
  '\\',
  '\\u0000',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff\ud800',
  '\u202e\u0645\u0631\u062d\u0628\u0627',
  'Z\u0351\u0352\u0353\u0354\u0355',
  '𝕳𝖊𝖑𝖑𝖔 👩‍👩‍👧‍👦',
  '\ufeff',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '<script>alert(1)</script>',
  '${jndi:ldap://127.0.0.1/x}',
  '{{7*7}}',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'NaN',
  'Infinity',
  '-1',
  '1e309',
  '99999999999999999999999999999',
  '',
  ' ',
  'null',
  'true',
  '[]',
  '{}',
  '{"$where":"1"}',
  'GM0375',
  'GM0453',
  '2026-02-30',
  '0000-00-00',
  '2026-13-01T25:61:61Z',
  'c0a80101-0000-4000-8000-00000000dead',
  scenario.ids.signalId,
  scenario.ids.trajectoryId,
];

/** Values that make a path segment misbehave when sent as they are, undecoded. */
const RAW_PATH_SEGMENTS = [
  '..',
  '../..',
  '.',
  '%2e%2e',
  '%2e%2e%2f%2e%2e%2fhealth',
  '..%2f..%2f..%2fetc%2fpasswd',
  '%00',
  '%',
  '%E0%A4%A',
  '%C0%AF',
  '%ff%fe',
  ';',
  'a;b=c',
  '%3B',
  '%2F',
  '~',
  '__proto__',
  'constructor',
  encodeURIComponent('\ud800'.replace(/[\ud800-\udfff]/g, '?')),
  'x'.repeat(5_000),
];

/** Bodies that are not what they claim to be. */
const RAW_BODIES = [
  '',
  '{',
  '{"a":',
  '{"a":1,}',
  "{'a':1}",
  '{"a":1}{"b":2}',
  '[',
  'null',
  'true',
  '42',
  '"string"',
  '\u0000',
  '\ufeff{}',
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"__proto__":[],"id":"x"}',
  '{"a":' + '['.repeat(50_000) + ']'.repeat(50_000) + '}',
  '{"a":' + '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_001),
  JSON.stringify({ summary: 'x'.repeat(300_000) }),
  '{"a":"\\ud800"}',
  '{"a":"\\u0000"}',
  '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
  'name=x&name=y&__proto__[polluted]=yes',
];

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'application/merge-patch+json',
  'application/problem+json',
  'text/plain',
  'text/html',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=----x',
  'application/xml',
  'application/octet-stream',
  '*/*',
  'garbage',
  '',
];

const ROLES: Role[] = ['admin', 'secretary', 'body-member', 'official', 'evaluator', 'council-member'];

/** Node refuses to send header values outside visible Latin-1; the fuzzer keeps to what can be sent. */
const headerSafe = (value: string): string => value.replace(/[^\t\x20-\x7e\x80-\xff]/g, '');

const longString = fc.integer({ min: 1_000, max: 40_000 }).map((n) => 'ä'.repeat(n));
const hostileString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 300 }) },
  { weight: 1, arbitrary: longString },
);
/** For the URL and headers: long values there mostly meet Node's 16 kB limit (431), so rarely. */
const urlString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 300 }) },
  { weight: 1, arbitrary: fc.oneof({ weight: 9, arbitrary: fc.constant('') }, { weight: 1, arbitrary: longString }) },
);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, 0, -1, 1.5, 2 ** 53, -(2 ** 63), 1e308) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.constant(JSON.parse('{"__proto__":{"polluted":"yes"}}') as unknown) },
);

/** A value that fits the schema most of the time, and is hostile otherwise. */
function valueFor(document: OpenApiDocument, schema: Schema | undefined, depth: number): fc.Arbitrary<unknown> {
  const resolved = dereference(document, schema) ?? {};
  const fitting = ((): fc.Arbitrary<unknown> => {
    if (resolved.enum) return fc.constantFrom(...resolved.enum);
    switch (resolved.type) {
      case 'string':
        if (resolved.format === 'date') return fc.constantFrom('2026-06-15', '2026-11-02', '1999-12-31');
        if (resolved.format === 'date-time') return fc.constantFrom('2026-06-15T10:00:00+02:00');
        return fc.oneof(fc.uuid(), fc.string({ maxLength: 40 }), fc.constantFrom('GM0375', scenario.ids.signalId));
      case 'integer':
      case 'number':
        return fc.integer({ min: -5, max: 2_100 });
      case 'boolean':
        return fc.boolean();
      case 'array':
        return depth > 3 ? fc.constant([]) : fc.array(valueFor(document, resolved.items, depth + 1), { maxLength: 3 });
      case 'object':
        return depth > 3 ? fc.constant({}) : objectFor(document, resolved, depth + 1);
      case undefined:
      default:
        return fc.jsonValue({ maxDepth: 2 });
    }
  })();
  return fc.oneof({ weight: 6, arbitrary: fitting }, { weight: 1, arbitrary: hostileValue });
}

/** Some of the schema's fields (missing ones too), and sometimes fields it does not know, `__proto__` among them. */
function objectFor(document: OpenApiDocument, schema: Schema, depth: number): fc.Arbitrary<unknown> {
  const fields = Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([name, property]) => [name, valueFor(document, property, depth)]),
  );
  // Half the objects keep every field and nothing extra, so some requests get past validation
  // into the domain's rules; the others drop fields and add unknown ones.
  const extra = fc.array(
    fc.tuple(fc.constantFrom('__proto__', 'constructor', 'injected', '$where', ''), hostileValue),
    {
      maxLength: 2,
    },
  );
  const complete = fc.tuple(fc.record(fields), fc.constant<[string, unknown][]>([]));
  const partial = fc.tuple(fc.record(fields, { requiredKeys: [] }), extra);
  return fc.oneof(complete, partial).map(([known, unknown]) => {
    const object: Record<string, unknown> = { ...known };
    // defineProperty, so `__proto__` becomes a key of the JSON rather than the object's prototype.
    for (const [key, value] of unknown)
      Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
    return object;
  });
}

interface FuzzRequest {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body: string | undefined;
}

/**
 * Requests for one operation. A `hostile` envelope varies everything around the body too (path,
 * query, headers, token, method); a `clean` one sends the body as an admin would, to the known
 * records, so the fuzzed bodies reach the domain's rules.
 */
function requestFor(
  document: OpenApiDocument,
  operation: Operation,
  tokens: Map<Role, string>,
  envelope: 'hostile' | 'clean',
) {
  const hostile = envelope === 'hostile';
  const known: Record<string, string> = { ...scenario.ids };
  const pathValue = fc.oneof(
    { weight: 3, arbitrary: fc.constant(null) }, // the known id for that name, or an unknown UUID
    { weight: 2, arbitrary: urlString.map((value) => encodeURIComponent(value.replace(/[\ud800-\udfff]/g, '?'))) },
    { weight: 2, arbitrary: fc.constantFrom(...RAW_PATH_SEGMENTS) },
  );
  const pathNames = [...operation.template.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? '');
  const queryNames = operation.parameters.filter((p) => p.in === 'query').map((p) => p.name);
  const queryValue = fc.oneof(
    urlString,
    // minPosition beyond the head would wait for the read model's timeout (503) on every try.
    fc.integer({ min: 0, max: 20 }).map(String),
    fc.constantFrom('collective', 'recorded', 'open', 'true', 'false', '2026-11-02T12:00:00Z', 'GM0375', 'GM0453'),
  );
  const extraQuery = fc.constantFrom(
    '',
    '__proto__[polluted]=yes',
    'constructor[prototype][polluted]=yes',
    'limit=1&limit=2',
    'status[]=x',
    'a[b][c][d][e]=1',
    '%zz=1',
    'offset=1e3',
  );
  const body = fc.oneof(
    { weight: 6, arbitrary: objectFor(document, operation.bodySchema ?? {}, 0).map((value) => JSON.stringify(value)) },
    { weight: 2, arbitrary: fc.constantFrom(...RAW_BODIES) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
  const authorization = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...ROLES).map((role) => tokens.get(role) ?? '') },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '',
        'Bearer',
        'Bearer ',
        'Basic YWRtaW46YWRtaW4=',
        `Bearer ${forgedToken()}`,
        `Bearer ${'a'.repeat(8_000)}`,
        'Bearer a.b.c',
        `Bearer ${(tokens.get('admin') ?? '').slice(7, -4)}AAAA`,
      ),
    },
    { weight: 1, arbitrary: urlString.map((value) => `Bearer ${headerSafe(value)}`) },
  );
  const optionalHeader = (values: fc.Arbitrary<string>) =>
    fc.option(values.map(headerSafe), { nil: undefined, freq: 2 });
  return fc
    .record({
      pathValues: hostile
        ? fc.tuple(...pathNames.map(() => pathValue))
        : fc.constant<(string | null)[]>(pathNames.map(() => null)),
      pathKnown: hostile ? fc.tuple(...pathNames.map(() => fc.boolean())) : fc.constant(pathNames.map(() => true)),
      query: hostile
        ? fc.array(fc.tuple(fc.constantFrom(...(queryNames.length ? queryNames : ['q'])), queryValue), { maxLength: 3 })
        : fc.constant<[string, string][]>([]),
      extraQuery: hostile ? extraQuery : fc.constant(''),
      body: hostile ? body : objectFor(document, operation.bodySchema ?? {}, 0).map((value) => JSON.stringify(value)),
      contentType: hostile ? fc.constantFrom(...CONTENT_TYPES) : fc.constant('application/json'),
      authorization: hostile ? authorization : fc.constant(tokens.get('admin') ?? ''),
      ifMatch: hostile
        ? optionalHeader(fc.oneof(fc.constantFrom('"0"', '*', 'W/"1"', '"99999999999999999"', '0, 1'), urlString))
        : fc.constant(undefined),
      idempotencyKey: hostile ? optionalHeader(fc.oneof(fc.uuid(), urlString)) : fc.constant(undefined),
      correlationId: hostile ? optionalHeader(urlString) : fc.constant(undefined),
      accept: hostile
        ? optionalHeader(fc.constantFrom('text/csv', 'application/xml', '*/*', 'application/json;q=0'))
        : fc.constant(undefined),
      // Mostly the operation's own method; sometimes one the path does not offer.
      method: hostile
        ? fc.oneof(
            { weight: 9, arbitrary: fc.constant(operation.method) },
            { weight: 1, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD') },
          )
        : fc.constant(operation.method),
    })
    .map((drawn): FuzzRequest => {
      let index = 0;
      const path = pathOf(operation, (name) => {
        const i = index++;
        const value = drawn.pathValues[i];
        if (value !== null && value !== undefined) return value;
        return drawn.pathKnown[i]
          ? (known[name] ?? 'c0a80101-0000-4000-8000-00000000dead')
          : 'c0a80101-0000-4000-8000-00000000dead';
      });
      const query = [
        ...drawn.query.map(([name, value]) => `${name}=${encodeURIComponent(value.replace(/[\ud800-\udfff]/g, '?'))}`),
        ...(drawn.extraQuery ? [drawn.extraQuery] : []),
      ].join('&');
      const headers: Record<string, string> = { Authorization: headerSafe(drawn.authorization) };
      if (drawn.body !== undefined && drawn.contentType) headers['Content-Type'] = drawn.contentType;
      if (drawn.ifMatch !== undefined) headers['If-Match'] = drawn.ifMatch;
      if (drawn.idempotencyKey !== undefined) headers['Idempotency-Key'] = drawn.idempotencyKey;
      if (drawn.correlationId !== undefined) headers['X-Correlation-ID'] = drawn.correlationId;
      if (drawn.accept !== undefined) headers.Accept = drawn.accept;
      const fuzz = {
        operationId: operation.operationId,
        method: drawn.method,
        path: query ? `${path}?${query}` : path,
        headers,
        body: drawn.body,
      };
      // Counterexamples can be hundreds of kilobytes: print them cut short.
      return Object.assign(fuzz, { [fc.toStringMethod]: () => JSON.stringify(fuzz, cutShort) });
    });
}

function cutShort(_key: string, value: unknown): unknown {
  return typeof value === 'string' && value.length > 300 ? `${value.slice(0, 300)}… (${value.length} chars)` : value;
}

/** An unsigned token (`alg: none`) claiming every role: must never be believed. */
function forgedToken(): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({
    sub: 'intruder',
    roles: ['admin'],
    municipalities: ['GM0375'],
    iss: 'participation-engine-local',
    aud: 'participation-engine',
    exp: 4_102_444_800,
  })}.`;
}

/** Sends exactly what it is given: raw path, raw body, no client-side normalisation. */
function send(port: number, fuzz: FuzzRequest): Promise<{ status: number; contentType: string; body: string }> {
  return new Promise((resolve, reject) => {
    const body = fuzz.body === undefined ? undefined : Buffer.from(fuzz.body);
    const call = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: fuzz.method,
        path: fuzz.path,
        headers: { ...fuzz.headers, ...(body ? { 'Content-Length': String(body.length) } : {}) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            contentType: response.headers['content-type'] ?? '',
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    call.on('error', reject);
    call.end(body);
  });
}

describe(`the API under a seeded fuzzer (seed ${SEED}, ${RUNS + Math.ceil(RUNS / 5)} requests)`, () => {
  let api: TestApp;
  let port: number;
  let operations: Operation[];
  let document: OpenApiDocument;
  const tokens = new Map<Role, string>();
  const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
  const statuses = new Map<number, number>();

  beforeAll(async () => {
    api = await startTestApp('fuzz');
    const admin = await api.bearer('admin', [BEVERWIJK.code]);
    await playScenario(scenario, (path, body) =>
      supertest(api.http).post(`/api/v1${path}`).set('Authorization', admin).send(body),
    );
    for (const role of ROLES) tokens.set(role, await api.bearer(role, [BEVERWIJK.code], `fuzz-${role}`));
    document = (await supertest(api.http).get('/api/v1/openapi.json').expect(200)).body as OpenApiDocument;
    operations = operationsOf(document);
    const server = api.app.getHttpServer() as Server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (!address || typeof address === 'string') throw new Error('not listening');
    port = address.port;
  });
  afterAll(() => api.close());

  it.each([
    ['hostile', RUNS],
    ['clean', Math.ceil(RUNS / 5)],
  ] as const)(
    'answers every request below 500, and every refusal as problem+json (%s envelope)',
    async (envelope, runs) => {
      statuses.clear();
      const anyRequest = fc.oneof(...operations.map((operation) => requestFor(document, operation, tokens, envelope)));
      await fc.assert(
        fc.asyncProperty(anyRequest, async (fuzz) => {
          const response = await send(port, fuzz);
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          if (response.status >= 500)
            throw new Error(`${fuzz.operationId} answered ${response.status}: ${response.body}`);
          if (response.status >= 400) {
            if (!/^application\/problem\+json/.test(response.contentType)) {
              throw new Error(`${fuzz.operationId} answered ${response.status} as '${response.contentType}'`);
            }
            // HEAD answers carry the headers of a problem, but no body.
            if (fuzz.method !== 'HEAD') {
              expect(JSON.parse(response.body)).toMatchObject({ status: response.status, title: expect.any(String) });
            }
          }
        }),
        { seed: SEED, numRuns: runs, endOnFailure: true },
      );
      // A fuzzer that never gets past validation tests little: some requests must have been accepted.
      const accepted = [...statuses].filter(([status]) => status < 300).reduce((sum, [, count]) => sum + count, 0);
      expect(accepted).toBeGreaterThan(0);
      expect([...statuses.keys()].filter((status) => status >= 500)).toEqual([]);
      process.stdout.write(
        `fuzz seed ${SEED}, ${envelope} envelope: ${runs} requests, by status ${JSON.stringify(Object.fromEntries(statuses))}\n`,
      );
    },
    120_000,
  );

  it('is still healthy, still serves queries and still takes commands afterwards', async () => {
    await supertest(api.http).get('/health').expect(200);
    const admin = tokens.get('admin') ?? '';
    await supertest(api.http).get('/api/v1/signals').set('Authorization', admin).expect(200);
    await supertest(api.http)
      .post(`/api/v1/signals/${scenario.ids.signalId}/_refer`)
      .set('Authorization', admin)
      .send({ referredTo: 'Wijkteam Beverwijk' })
      .expect((response) => expect([200, 409, 422]).toContain(response.status));
  });

  it('left no property on Object.prototype', () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
