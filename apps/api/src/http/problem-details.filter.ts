import { Catch, HttpException, HttpStatus, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { ConcurrentChangeError, ForbiddenCommandError, StaleRevisionError } from '#application';
import { UnauthenticatedError } from '#auth';
import { DomainError } from '#domain';
import { InvalidAppendError } from '#event-store';
import { ReadModelBehindError } from '#projections';
import { correlationIdOf } from '../observability/correlation-id';
import { PROBLEM_JSON, type ProblemDetails } from './problem-details';
import { RequestValidationError } from './request-validation';

const DOMAIN_STATUS: Record<DomainError['kind'], HttpStatus> = {
  'not-found': HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  rule: HttpStatus.UNPROCESSABLE_ENTITY,
};

/**
 * Every error leaves as `application/problem+json`. Refusals keep their words and code;
 * anything unexpected is logged and answered 500 without internals.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const problem = { ...this.toProblem(exception, request), instance: request.originalUrl.split('?')[0] };
    if (problem.status === 401) response.setHeader('WWW-Authenticate', 'Bearer');
    response.status(problem.status).type(PROBLEM_JSON).send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown, request: Request): ProblemDetails {
    const known = knownProblemOf(exception);
    if (known) return known;
    // The correlation id finds the request's own log line and the caller's report.
    this.logger.error({ err: exception, correlationId: correlationIdOf(request) }, 'unexpected error');
    return problemOf(500, 'Something went wrong on our side. Please try again later.', 'SERVER.ERROR');
  }
}

/**
 * The problem an expected error answers with (a refusal, bad input, a read model behind);
 * `undefined` for anything unexpected. Also for answers made in process (the pages' reads).
 */
export function knownProblemOf(exception: unknown): ProblemDetails | undefined {
  if (exception instanceof DomainError) {
    const problem = problemOf(DOMAIN_STATUS[exception.kind], exception.message, exception.code);
    return exception.field
      ? { ...problem, invalidParams: [{ name: exception.field, reason: exception.message }] }
      : problem;
  }
  if (exception instanceof RequestValidationError) {
    return {
      ...problemOf(400, 'The request has invalid fields.', 'REQUEST.INVALID'),
      invalidParams: exception.invalidParams,
    };
  }
  if (exception instanceof StaleRevisionError) return problemOf(412, exception.message, exception.code);
  if (exception instanceof ConcurrentChangeError) return problemOf(409, exception.message, exception.code);
  if (exception instanceof ForbiddenCommandError) return problemOf(403, exception.message, exception.code);
  if (exception instanceof UnauthenticatedError) return problemOf(401, exception.message, exception.code);
  if (exception instanceof InvalidAppendError) return problemOf(400, exception.message, exception.code);
  if (exception instanceof ReadModelBehindError) return problemOf(503, exception.message, exception.code);
  if (exception instanceof HttpException) return fromHttpException(exception);
  return undefined;
}

function problemOf(status: number, detail: string, code?: string): ProblemDetails {
  return { type: 'about:blank', title: titleOf(status), status, detail, ...(code ? { code } : {}) };
}

function titleOf(status: number): string {
  const name = HttpStatus[status] ?? 'Error';
  return name
    .toLowerCase()
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

function fromHttpException(exception: HttpException): ProblemDetails {
  const status = exception.getStatus();
  const body = exception.getResponse();
  const message = typeof body === 'object' && body !== null && 'message' in body ? body.message : exception.message;
  const detail = Array.isArray(message) ? message.join('; ') : String(message);
  if (status === 404) return problemOf(404, 'There is nothing at this address.', 'REQUEST.NOT_FOUND');
  return problemOf(status, detail, HTTP_CODES[status]);
}

const HTTP_CODES: Partial<Record<number, string>> = {
  400: 'REQUEST.INVALID',
  405: 'REQUEST.METHOD_NOT_ALLOWED',
  413: 'REQUEST.TOO_LARGE',
  415: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
  429: 'REQUEST.TOO_MANY',
};
