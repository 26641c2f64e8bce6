import type { INestApplication, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger } from 'pino';
import { DEFAULT_HTTP_CONFIG } from '#config';
import { AppModule, type AppDependencies } from './app.module';
import { apiVersionHeader } from './http/api-version';
import { guardInput } from './http/input-guard';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { createValidationPipe } from './http/request-validation';
import { applySecurity } from './http/security';
import { Metrics } from './observability/metrics';
import { observeRequests } from './observability/observe-requests';
import { OperationRoutes } from './observability/operation-routes';
import { serveOpenApiDocument } from './openapi/openapi-document';
import { WEB_PATHS } from './web/web-routes';

/** Request bodies beyond this are refused (413) before they are parsed. */
const BODY_LIMIT = '256kb';

/**
 * Builds the HTTP application on open storage; used by `main` and by end-to-end tests. It keeps
 * no read models: its owner starts a projector (`startProjector`) where one should run.
 */
export async function createApp(
  dependencies: Omit<AppDependencies, 'logger' | 'metrics'>,
  logger: Logger,
  nestLogger: LoggerService | false,
): Promise<INestApplication> {
  const metrics = new Metrics();
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.register({ ...dependencies, logger, metrics }),
    { logger: nestLogger, bodyParser: false },
  );
  const operations = new OperationRoutes();
  app.use(...observeRequests(logger, metrics, operations));
  applySecurity(app, dependencies.http ?? DEFAULT_HTTP_CONFIG);
  app.use(apiVersionHeader);
  app.useBodyParser('json', { limit: BODY_LIMIT, strict: true });
  app.useBodyParser('urlencoded', { limit: BODY_LIMIT, extended: false });
  app.use(guardInput);
  app.useGlobalFilters(new ProblemDetailsFilter(logger));
  app.useGlobalPipes(createValidationPipe());
  app.disable('x-powered-by');
  app.setGlobalPrefix('api/v1', { exclude: ['health', 'health/live', 'health/ready', 'metrics', ...WEB_PATHS] });
  operations.load(serveOpenApiDocument(app));
  await app.init();
  return app;
}
