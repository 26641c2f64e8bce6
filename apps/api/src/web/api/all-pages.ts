import type { ApiClient, ApiResult } from './api-client';
import type { Page } from './api-types';

/** A list's query parameters, as the API client takes them. */
export type Query = NonNullable<Parameters<ApiClient['get']>[1]>;

/** The largest page the API gives (`limit` at most 200). */
export const API_PAGE_LIMIT = 200;

/**
 * A paged list read to its end, page by page: the first page's answer (a body's consultations
 * keep their norm) holding every item. For what must be complete (a form's choices, a lookup),
 * never a silent cap at one page. Any page that fails fails the whole.
 */
export async function allPages<T, P extends Page<T> = Page<T>>(
  api: ApiClient,
  path: string,
  query: Query = {},
  limit = API_PAGE_LIMIT,
): Promise<ApiResult<P>> {
  const first = await api.get<P>(path, { ...query, offset: 0, limit });
  if (!first.ok) return first;
  const items: T[] = [...first.body.items];
  while (items.length < first.body.total) {
    const next = await api.get<P>(path, { ...query, offset: items.length, limit });
    if (!next.ok) return next;
    // A list that shrank meanwhile ends where its pages do.
    if (next.body.items.length === 0) break;
    items.push(...next.body.items);
  }
  return { ...first, body: { ...first.body, items, offset: 0, limit: items.length } };
}

/** Every item of a paged list, or the failure of the page that failed. */
export async function allItems<T>(
  api: ApiClient,
  path: string,
  query: Query = {},
  limit = API_PAGE_LIMIT,
): Promise<ApiResult<readonly T[]>> {
  const result = await allPages<T>(api, path, query, limit);
  return result.ok ? { ...result, body: result.body.items } : result;
}

/** Every item, or none when the list cannot be read (a form then offers no choice). */
export async function allItemsOrNone<T>(api: ApiClient, path: string, query: Query = {}): Promise<readonly T[]> {
  const result = await allItems<T>(api, path, query);
  return result.ok ? result.body : [];
}
