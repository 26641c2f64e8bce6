import type { INestApplication, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger } from 'pino';
import { AppModule, type AppDependencies } from './app.module';
import { apiVersionHeader } from './http/api-version';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { createValidationPipe } from './http/request-validation';
import { serveOpenApiDocument } from './openapi/openapi-document';

/** Request bodies beyond this are refused (413) before they are parsed. */
const BODY_LIMIT = '256kb';

/** Builds the HTTP application on open storage; used by `main` and by end-to-end tests. */
export async function createApp(
  dependencies: Omit<AppDependencies, 'logger'>,
  logger: Logger,
  nestLogger: LoggerService | false,
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register({ ...dependencies, logger }), {
    logger: nestLogger,
    bodyParser: false,
  });
  app.use(apiVersionHeader);
  app.useBodyParser('json', { limit: BODY_LIMIT, strict: true });
  app.useGlobalFilters(new ProblemDetailsFilter(logger));
  app.useGlobalPipes(createValidationPipe());
  app.disable('x-powered-by');
  app.setGlobalPrefix('api/v1', { exclude: ['health'] });
  serveOpenApiDocument(app);
  await app.init();
  return app;
}
