import type { Query } from '../api/all-pages';
import type { ApiClient } from '../api/api-client';
import type { Session } from '../session/session';
import { workspaceOptions } from './workspace-options';

/** 250 municipalities, each with its own body, given 200 at most per page as the API does. */
const api = {
  get: (_path: string, query: Query) => {
    const offset = Number(query.offset ?? 0);
    const limit = Math.min(Number(query.limit ?? 50), 200);
    const all = Array.from({ length: 250 }, (_, i) => {
      const code = `GM${String(i + 1).padStart(4, '0')}`;
      return { code, name: `Gemeente ${i + 1}`, bodies: [{ bodyId: `body-${code}`, name: `Raad ${i + 1}` }] };
    });
    return Promise.resolve({
      ok: true,
      status: 200,
      body: { items: all.slice(offset, offset + limit), total: all.length, offset, limit },
    });
  },
} as unknown as ApiClient;

describe('the municipality and body choices of the workspace forms', () => {
  it('names a municipality and its body from past the first 200', async () => {
    const session = {
      principal: { id: 'x', roles: ['admin'], municipalities: ['GM0001', 'GM0250'] },
    } as unknown as Session;
    const options = await workspaceOptions(api, session);
    expect(options.municipalities).toEqual([
      { value: 'GM0001', label: 'Gemeente 1 (GM0001)' },
      { value: 'GM0250', label: 'Gemeente 250 (GM0250)' },
    ]);
    expect(options.bodies).toEqual([
      { value: 'body-GM0001', label: 'Raad 1' },
      { value: 'body-GM0250', label: 'Raad 250' },
    ]);
  });
});
