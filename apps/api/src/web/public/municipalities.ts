import { allItems } from '../api/all-pages';
import type { ApiClient } from '../api/api-client';
import type { Municipality } from '../api/api-types';

/** Every municipality the public may see (ListMunicipalities, every page), or undefined when unavailable. */
export async function loadMunicipalities(api: ApiClient): Promise<readonly Municipality[] | undefined> {
  const result = await allItems<Municipality>(api, '/municipalities');
  return result.ok ? result.body : undefined;
}
