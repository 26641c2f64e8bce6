import type { NextFunction, Request, Response } from 'express';
import { RequestValidationError } from './request-validation';

/** No request of the contract nests deeper than a few levels; this leaves ample room. */
export const MAX_JSON_DEPTH = 32;

/**
 * Refuses with 400, before any handler runs, input that is valid JSON or a valid URL yet cannot
 * be processed safely:
 * - a body nested deeper than {@link MAX_JSON_DEPTH}: within the size limit JSON can nest tens of
 *   thousands of levels, and the recursive transformation and validation behind it would run out
 *   of stack (the walk here is iterative, so it cannot);
 * - U+0000 anywhere in the URL or in a string or key of the body: PostgreSQL stores it neither in
 *   `text` nor in `jsonb`, and no field of the contract has a use for it.
 */
export function guardInput(request: Request, _response: Response, next: NextFunction): void {
  if (/%00/.test(request.originalUrl)) {
    next(new RequestValidationError([{ name: 'url', reason: 'must not contain the character U+0000' }]));
    return;
  }
  const body: unknown = request.body;
  const problem = body !== null && typeof body === 'object' ? problemIn(body) : null;
  next(problem ? new RequestValidationError([{ name: 'body', reason: problem }]) : undefined);
}

function problemIn(root: object): string | null {
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (typeof value === 'string' && value.includes('\u0000')) return 'must not contain the character U+0000';
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_JSON_DEPTH) return `must not be nested deeper than ${MAX_JSON_DEPTH} levels`;
    for (const [key, child] of Object.entries(value)) {
      if (key.includes('\u0000')) return 'must not contain the character U+0000';
      stack.push([child, depth + 1]);
    }
  }
  return null;
}
