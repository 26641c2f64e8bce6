import type { NextFunction, Request, Response } from 'express';

/** The API's semantic version; the major part is in the path (`/api/v1`). */
export const API_VERSION = '1.0.0';

/** NL GOV API Design Rules: every response names the full API version. */
export function apiVersionHeader(_request: Request, response: Response, next: NextFunction): void {
  response.setHeader('API-Version', API_VERSION);
  next();
}
