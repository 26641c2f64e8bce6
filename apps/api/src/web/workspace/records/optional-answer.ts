import type { ApiResult } from '../../api/api-client';
import { answerOf } from '../../page/answer-of';

/**
 * The body of an answer that the visitor's role may not be given (403): `undefined` then, so
 * the page says the part is not visible to them instead of refusing the whole page.
 */
export function optionalAnswer<T>(result: ApiResult<T>): T | undefined {
  if (!result.ok && result.status === 403) return undefined;
  return answerOf(result);
}
