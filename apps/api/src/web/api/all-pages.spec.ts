import { allItems, allPages, type Query } from './all-pages';
import type { ApiClient } from './api-client';

/** An API whose list holds `total` numbers and gives at most 200 per page, as the real one. */
function listOf(total: number, failAt?: number): { api: ApiClient; asked: Query[] } {
  const asked: Query[] = [];
  const api = {
    get: (_path: string, query: Query) => {
      asked.push(query);
      const offset = Number(query.offset ?? 0);
      const limit = Math.min(Number(query.limit ?? 50), 200);
      if (offset === failAt) {
        return Promise.resolve({ ok: false, status: 503, problem: { type: 'x', title: 'x', status: 503 } });
      }
      const items = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => offset + i);
      return Promise.resolve({ ok: true, status: 200, body: { items, total, offset, limit, norm: 'kept' } });
    },
  } as unknown as ApiClient;
  return { api, asked };
}

describe('reading a paged list to its end', () => {
  it('walks every page past the 200 the API gives at once', async () => {
    const { api, asked } = listOf(450);
    const result = await allItems<number>(api, '/signals', { scope: 'collective' });
    expect(result.ok && result.body).toEqual(Array.from({ length: 450 }, (_, i) => i));
    expect(asked).toEqual([
      { scope: 'collective', offset: 0, limit: 200 },
      { scope: 'collective', offset: 200, limit: 200 },
      { scope: 'collective', offset: 400, limit: 200 },
    ]);
  });

  it('asks once for a list that fits one page, and keeps what else the answer says', async () => {
    const { api, asked } = listOf(3);
    const result = await allPages<
      number,
      { items: number[]; total: number; offset: number; limit: number; norm: string }
    >(api, '/participation-bodies/x/consultations');
    expect(result.ok && result.body).toEqual({ items: [0, 1, 2], total: 3, offset: 0, limit: 3, norm: 'kept' });
    expect(asked).toHaveLength(1);
  });

  it('fails as a whole when one page fails, rather than answering part of the list', async () => {
    const { api } = listOf(450, 200);
    const result = await allItems<number>(api, '/signals');
    expect(result.ok).toBe(false);
  });
});
