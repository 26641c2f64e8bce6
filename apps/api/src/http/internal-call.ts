import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** The header by which the pages mark their own calls to the API over loopback. */
export const INTERNAL_CALL_HEADER = 'x-internal-call';

// A fresh secret per process: only this process's pages can know it, and nothing stores it.
const SECRET = Buffer.from(randomBytes(32).toString('base64url'));

/**
 * Headers for a call the pages make to this same server's API while serving a page. The page
 * request itself was already counted against its visitor's rate limit; counting its API calls
 * again, all from the server's own address, would make every public visitor share one budget.
 */
export function internalCallHeaders(): Record<string, string> {
  return { [INTERNAL_CALL_HEADER]: SECRET.toString() };
}

/** Whether a request carries this process's internal-call secret. */
export function isInternalCall(headers: IncomingHttpHeaders): boolean {
  const value = headers[INTERNAL_CALL_HEADER];
  if (typeof value !== 'string') return false;
  const given = Buffer.from(value);
  return given.length === SECRET.length && timingSafeEqual(given, SECRET);
}
