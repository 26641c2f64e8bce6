import type { ApiClient } from '../api/api-client';
import type { Municipality } from '../api/api-types';

/** Every municipality the public may see (ListMunicipalities), or undefined when unavailable. */
export async function loadMunicipalities(api: ApiClient): Promise<readonly Municipality[] | undefined> {
  const result = await api.get<{ items: readonly Municipality[] }>('/municipalities', { limit: 200 });
  return result.ok ? result.body.items : undefined;
}
