import { Catch, HttpException, HttpStatus, Inject, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { LOGGER } from '../../read-models/read-model.tokens';
import { ErrorPage } from '../components/error-page';
import { SignInRequired } from './answer-of';
import { PageContextFactory } from './page-context';
import { sendPage } from './render';

/** Errors on a page answer as a page in the visitor's language, never as JSON or a stack. */
@Catch()
export class WebErrorFilter implements ExceptionFilter {
  constructor(
    private readonly pages: PageContextFactory,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async catch(exception: unknown, host: ArgumentsHost): Promise<void> {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const status = exception instanceof HttpException ? exception.getStatus() : HttpStatus.INTERNAL_SERVER_ERROR;
    if (status >= 500) this.logger.error({ err: exception, path: request.path }, 'web page failed');
    if (response.headersSent) return;
    if (exception instanceof SignInRequired) {
      response.redirect(303, `/inloggen?next=${encodeURIComponent(request.originalUrl)}`);
      return;
    }
    const context = await this.pages.create(request, response);
    const { t } = context;
    const [title, text] =
      status === 404
        ? [t.common.notFoundTitle, t.common.notFoundText]
        : status === 403
          ? [t.common.forbiddenTitle, t.common.forbiddenText]
          : [t.common.errorTitle, t.common.errorText];
    sendPage(response, <ErrorPage context={context} title={title} text={text} />, status);
  }
}
