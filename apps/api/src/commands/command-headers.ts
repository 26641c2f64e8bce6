import type { Request } from 'express';
import { RequestValidationError } from '../http/request-validation';

/** `If-Match: "3"` (or `3`, or `W/"3"`) → 3; absent → undefined; anything else → 400. */
export function expectedRevisionOf(request: Request): number | undefined {
  const header = request.header('if-match');
  if (header === undefined || header.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?"?(\d{1,15})"?\s*$/.exec(header);
  if (!match?.[1]) throw new RequestValidationError([{ name: 'If-Match', reason: 'must be a revision such as "3"' }]);
  return Number(match[1]);
}

export function idempotencyKeyOf(request: Request): string | undefined {
  const header = request.header('idempotency-key');
  if (header === undefined) return undefined;
  if (!/^[\x21-\x7e]{1,255}$/.test(header)) {
    throw new RequestValidationError([
      { name: 'Idempotency-Key', reason: 'must be 1 to 255 visible ASCII characters' },
    ]);
  }
  return header;
}

/** The request's correlation id, the one its log line and response header carry. */
export { correlationIdOf } from '../observability/correlation-id';
