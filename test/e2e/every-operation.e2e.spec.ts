import request from 'supertest';
import { allPermissions, mayRunSomeVariant, ROLES, type OperationId, type Role } from '#application';
import { startTestApp, type TestApp } from '../support/test-app';

interface Schema {
  type?: string;
  $ref?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
}
interface Operation {
  method: 'post' | 'put' | 'patch' | 'delete' | 'get';
  path: string;
  operationId: string;
  bodySchema: Schema | undefined;
}
interface OpenApi {
  paths: Record<
    string,
    Record<string, { operationId: string; requestBody?: { content: Record<string, { schema: Schema }> } }>
  >;
  components: { schemas: Record<string, Schema> };
}

const UNKNOWN_ID = 'c0a80101-0000-4000-8000-00000000dead';
const MUNICIPALITIES = ['GM0375'];

function operationsOf(document: OpenApi): Operation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method as Operation['method'],
      path: `/api/v1${path.replace(/\{[^}]+\}/g, UNKNOWN_ID)}`,
      operationId: op.operationId,
      bodySchema: resolve(document, op.requestBody?.content['application/json']?.schema),
    })),
  );
}

function resolve(document: OpenApi, schema: Schema | undefined): Schema | undefined {
  if (!schema?.$ref) return schema;
  return document.components.schemas[schema.$ref.split('/').at(-1) ?? ''];
}

/** Every field a string far longer than any field allows, yet within the body limit. */
function hugeStrings(schema: Schema | undefined): Record<string, unknown> {
  const entries = Object.keys(schema?.properties ?? {}).map((name): [string, unknown] => [name, 'ä'.repeat(20_000)]);
  return Object.fromEntries(entries);
}

/** The same fields with a value of the wrong type in each. */
function wronglyTyped(schema: Schema | undefined): Record<string, unknown> {
  const entries = Object.entries(schema?.properties ?? {}).map(([name, property]): [string, unknown] => {
    switch (property.type) {
      case 'string':
        return [name, 12345];
      case 'number':
      case 'integer':
        return [name, 'twelve'];
      case 'boolean':
        return [name, 'yes'];
      case 'array':
        return [name, 'not a list'];
      case undefined:
      default:
        return [name, 7];
    }
  });
  return Object.fromEntries(entries);
}

describe('every operation of the API', () => {
  let api: TestApp;
  let operations: Operation[];
  const tokens = new Map<Role, string>();

  beforeAll(async () => {
    api = await startTestApp();
    const document = (await request(api.http).get('/api/v1/openapi.json')).body as OpenApi;
    // Commands are the POST operations; queries (GET) are open to every role and take no body.
    operations = operationsOf(document).filter((operation) => operation.method === 'post');
    for (const role of ROLES) tokens.set(role, await api.bearer(role, MUNICIPALITIES));
  });
  afterAll(() => api.close());

  const send = (operation: Operation, role: Role, body: string, contentType = 'application/json') =>
    request(api.http)
      [operation.method](operation.path)
      .set('Authorization', tokens.get(role) ?? '')
      .set('Content-Type', contentType)
      .send(body);

  it('offers every command of the role table under its operationId', () => {
    const commands = new Set(allPermissions().map((permission) => permission.split(':')[0]));
    expect(new Set(operations.map((o) => o.operationId))).toEqual(commands);
  });

  describe('who may run it', () => {
    it('refuses every role the contract does not allow with 403, and lets every allowed role through', async () => {
      const outcomes: string[] = [];
      for (const operation of operations) {
        for (const role of ROLES) {
          const { status } = await send(operation, role, '{}');
          const allowed = mayRunSomeVariant([role], operation.operationId as OperationId);
          const ok = allowed ? status !== 403 && status !== 401 && status < 500 : status === 403;
          if (!ok) outcomes.push(`${operation.operationId} as ${role}: ${status} (${allowed ? 'allowed' : 'denied'})`);
        }
      }
      expect(outcomes).toEqual([]);
    });
  });

  describe('hostile input', () => {
    // A role that may run it, so the input is judged rather than the role (the admin may not settle disputes).
    const runner = (operation: Operation): Role =>
      ROLES.find((role) => mayRunSomeVariant([role], operation.operationId as OperationId)) ?? 'admin';
    // Field-based cases say nothing about an operation without fields (ForgetPerson).
    const hasFields = (operation: Operation): boolean => Object.keys(operation.bodySchema?.properties ?? {}).length > 0;
    const cases: [string, (operation: Operation) => { body: string; contentType?: string } | null][] = [
      ['malformed JSON', () => ({ body: '{"summary": "unterminated' })],
      ['JSON that is not an object', () => ({ body: '[1, 2, 3]' })],
      ['null', () => ({ body: 'null' })],
      ['missing fields', (operation) => (hasFields(operation) ? { body: '{}' } : null)],
      ['an unknown field', () => ({ body: JSON.stringify({ injected: "'; DROP TABLE es_events; --" }) })],
      [
        'every field of the wrong type',
        (operation) => (hasFields(operation) ? { body: JSON.stringify(wronglyTyped(operation.bodySchema)) } : null),
      ],
      [
        'every field a huge string',
        (operation) => (hasFields(operation) ? { body: JSON.stringify(hugeStrings(operation.bodySchema)) } : null),
      ],
      ['a body far over the limit', () => ({ body: JSON.stringify({ summary: 'x'.repeat(400_000) }) })],
      ['a body that is not JSON', () => ({ body: '<advice/>', contentType: 'application/xml' })],
    ];

    it.each(cases)('answers %s with a 4xx problem, never a 5xx, for every operation', async (_name, make) => {
      const failures: string[] = [];
      for (const operation of operations) {
        const request = make(operation);
        if (!request) continue;
        const { body, contentType } = request;
        const response = await send(operation, runner(operation), body, contentType);
        const problem = /^application\/problem\+json/.test(response.headers['content-type'] ?? '');
        if (response.status < 400 || response.status >= 500 || !problem) {
          failures.push(`${operation.operationId}: ${response.status} ${response.headers['content-type'] ?? ''}`);
        }
      }
      expect(failures).toEqual([]);
    });

    it('answers a path id that is not a UUID with 400', async () => {
      const withIds = operations.filter((o) => o.path.includes(UNKNOWN_ID));
      const failures: string[] = [];
      for (const operation of withIds) {
        const response = await send(
          { ...operation, path: operation.path.replace(UNKNOWN_ID, 'not-a-uuid') },
          runner(operation),
          '{}',
        );
        if (response.status !== 400) failures.push(`${operation.operationId}: ${response.status}`);
      }
      expect(failures).toEqual([]);
    });

    it('is still healthy afterwards', async () => {
      await request(api.http).get('/health').expect(200);
    });
  });
});
