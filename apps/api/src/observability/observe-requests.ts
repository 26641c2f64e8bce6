import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { correlationIdMiddleware, correlationIdOf } from './correlation-id';
import { outcomeOf, type Metrics } from './metrics';
import type { OperationRoutes, RoutedOperation } from './operation-routes';

type Middleware = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

/** Express sets `route` on a request once a route matched it. */
type RoutedRequest = IncomingMessage & { route?: { path?: unknown }; originalUrl?: string };

const PROBES = /^\/(health(\/|$)|metrics$)/;

/**
 * The middleware that watches every request: settles its correlation id, writes one log line
 * when it is answered, and times it in the metrics under its operationId. The log line holds
 * method, route, status, duration, operationId and correlation id, and nothing from headers,
 * query or body: no tokens, no personal data.
 */
export function observeRequests(logger: Logger, metrics: Metrics, routes: OperationRoutes): Middleware[] {
  const describe = (request: IncomingMessage): Described => {
    const route = routeOf(request);
    const operation = routes.find(request.method ?? '', route);
    return { route: route ?? pathOf(request), operation };
  };
  const requestLog = pinoHttp<IncomingMessage, ServerResponse>({
    logger,
    genReqId: (request) => correlationIdOf(request),
    customAttributeKeys: { reqId: 'correlationId', responseTime: 'durationMs' },
    // Only the correlation id is bound; the line's other fields come from the objects below.
    quietReqLogger: true,
    quietResLogger: true,
    customLogLevel: (request, response, error) => {
      if (error || response.statusCode >= 500) return 'error';
      // Load balancers and Prometheus ask every few seconds: only a failing answer is news.
      return PROBES.test(pathOf(request)) && response.statusCode < 400 ? 'debug' : 'info';
    },
    customSuccessObject: (request, response, value: { durationMs?: number }) =>
      lineOf(request, response, value.durationMs, describe(request)),
    customErrorObject: (request, response, _error, value: { durationMs?: number }) =>
      lineOf(request, response, value.durationMs, describe(request)),
    customSuccessMessage: (request, response) => `${request.method} ${describe(request).route} ${response.statusCode}`,
    customErrorMessage: (request, response) => `${request.method} ${describe(request).route} ${response.statusCode}`,
  });
  return [correlationIdMiddleware, requestLog, timeOperations(metrics, routes)];
}

interface Described {
  readonly route: string;
  readonly operation: RoutedOperation | undefined;
}

function lineOf(
  request: IncomingMessage,
  response: ServerResponse,
  durationMs: number | undefined,
  { route, operation }: Described,
): Record<string, unknown> {
  return {
    method: request.method,
    route,
    status: response.statusCode,
    durationMs,
    ...(operation ? { operationId: operation.operationId } : {}),
  };
}

function timeOperations(metrics: Metrics, routes: OperationRoutes): Middleware {
  return (request, response, next) => {
    const started = process.hrtime.bigint();
    let recorded = false;
    const record = (): void => {
      if (recorded) return;
      recorded = true;
      const operation = routes.find(request.method ?? '', routeOf(request));
      if (!operation) return;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      // A client that hung up before its answer is counted apart from the answers.
      const outcome = response.writableFinished ? outcomeOf(response.statusCode) : 'aborted';
      const labels = { operation_id: operation.operationId, outcome };
      if (operation.kind === 'command') {
        metrics.commands.inc(labels);
        metrics.commandDuration.observe(labels, seconds);
      } else {
        metrics.queryDuration.observe(labels, seconds);
      }
    };
    response.once('finish', record);
    response.once('close', record);
    next();
  };
}

function routeOf(request: IncomingMessage): string | undefined {
  const path = (request as RoutedRequest).route?.path;
  return typeof path === 'string' ? path : undefined;
}

/** The path without its query (query strings are not logged), cut short: callers choose it. */
function pathOf(request: IncomingMessage): string {
  const url = (request as RoutedRequest).originalUrl ?? request.url ?? '';
  const query = url.indexOf('?');
  return (query < 0 ? url : url.slice(0, query)).slice(0, 200);
}
