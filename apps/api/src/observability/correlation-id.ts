import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The response header that echoes the id, and the request header a caller may set it with. */
export const CORRELATION_HEADER = 'X-Correlation-ID';

const TOKEN = /^[A-Za-z0-9._:-]{1,128}$/;
/** W3C Trace Context: version-traceid-parentid-flags; version ff and all-zero ids are invalid. */
const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}(?:-.*)?$/;
const RESOLVED = Symbol('correlationId');

type WithCorrelation = IncomingMessage & { [RESOLVED]?: string };

/**
 * The request's correlation id, decided once per request: the caller's `X-Correlation-ID`
 * when it is a sane token, else the trace id of a valid `traceparent`, else a new UUID.
 * The command pipeline writes this same id into every event's `metadata.correlationId`.
 */
export function correlationIdOf(request: IncomingMessage): string {
  const marked = request as WithCorrelation;
  marked[RESOLVED] ??= fromHeaders(request) ?? randomUUID();
  return marked[RESOLVED];
}

function fromHeaders(request: IncomingMessage): string | undefined {
  const own = single(request.headers['x-correlation-id']);
  if (own !== undefined && TOKEN.test(own)) return own;
  const trace = TRACEPARENT.exec(single(request.headers.traceparent)?.trim().toLowerCase() ?? '');
  if (!trace || trace[1] === 'ff' || /^0+$/.test(trace[2] ?? '') || /^0+$/.test(trace[3] ?? '')) return undefined;
  return trace[2];
}

function single(header: string | string[] | undefined): string | undefined {
  return Array.isArray(header) ? header[0] : header;
}

/** Middleware: settles the id before anything else runs and echoes it on every response. */
export function correlationIdMiddleware(request: IncomingMessage, response: ServerResponse, next: () => void): void {
  response.setHeader(CORRELATION_HEADER, correlationIdOf(request));
  next();
}
