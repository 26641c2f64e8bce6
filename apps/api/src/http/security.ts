import type { Duplex } from 'node:stream';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { HttpConfig } from '#config';

/**
 * Same-origin everything: pages load their own CSS, scripts and images from this server and
 * nothing else, no inline script or style, no framing, forms post only here.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  // Design-system stylesheets carry small icons as data: URIs.
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** Headers a browser may send and read on a cross-origin call to the API. */
const CORS_REQUEST_HEADERS = ['Authorization', 'Content-Type', 'If-Match', 'Idempotency-Key', 'X-Correlation-ID'];
const CORS_RESPONSE_HEADERS = ['API-Version', 'ETag', 'Location', 'Retry-After', 'X-Correlation-ID'];

/**
 * The HTTP edge's defences, applied before any route: security headers, no caching of API
 * answers, cross-origin access only for configured origins, and the proxy hops to trust for
 * the client address (which the rate limit keys anonymous callers on).
 */
export function applySecurity(app: INestApplication, config: HttpConfig): void {
  const express = app as NestExpressApplication;
  express.set('trust proxy', config.trustProxy);
  express.getHttpServer().on('clientError', answerUnparsableRequest);
  express.use(
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
      frameguard: { action: 'deny' },
    }),
  );
  express.use('/api', noStore);
  if (config.corsOrigins.length > 0) {
    express.enableCors({
      origin: [...config.corsOrigins],
      methods: ['GET', 'POST'],
      allowedHeaders: CORS_REQUEST_HEADERS,
      exposedHeaders: CORS_RESPONSE_HEADERS,
      // Bearer tokens, never cookies: a cross-origin call carries no credentials of the browser's.
      credentials: false,
      maxAge: 600,
    });
  }
}

/** Answers can hold personal data: no shared or browser cache keeps them. */
function noStore(_request: Request, response: Response, next: NextFunction): void {
  response.setHeader('Cache-Control', 'no-store');
  next();
}

/**
 * Requests Node cannot parse (headers or URL over its 16 kB limit, broken framing) never reach
 * Express; Node's own answer is bare. Answer them as every other error: problem+json.
 */
function answerUnparsableRequest(error: Error & { code?: string; rawPacket?: Buffer }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, title, code] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large', 'REQUEST.HEADERS_TOO_LARGE']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout', 'REQUEST.TIMEOUT']
        : [400, 'Bad Request', 'REQUEST.MALFORMED'];
  const problem = JSON.stringify({ type: 'about:blank', title, status, detail: `${title}.`, code });
  // A HEAD request gets the headers of the answer only; its client would not expect a body.
  const body = error.rawPacket?.subarray(0, 5).toString('latin1') === 'HEAD ' ? '' : problem;
  socket.end(
    `HTTP/1.1 ${status} ${title}\r\nContent-Type: application/problem+json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
