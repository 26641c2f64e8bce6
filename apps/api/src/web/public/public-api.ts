import type { Request } from 'express';
import { ApiClient } from '../api/api-client';

/**
 * The public view asks the API without a token, whoever is signed in: it shows exactly what
 * the public may see (no personal data, small counts suppressed), the same for everyone.
 */
export function publicApi(request: Request): ApiClient {
  return ApiClient.for(request, undefined);
}
