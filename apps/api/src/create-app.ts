import type { INestApplication, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { apiVersionHeader } from './http/api-version';
import { serveOpenApiDocument } from './openapi/openapi-document';
import type { Storage } from '#runtime';

/** Builds the HTTP application on open storage; used by `main` and by end-to-end tests. */
export async function createApp(storage: Storage, logger: LoggerService | false): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.register(storage), { logger, bodyParser: true });
  app.use(apiVersionHeader);
  app.setGlobalPrefix('api/v1', { exclude: ['health'] });
  serveOpenApiDocument(app);
  await app.init();
  return app;
}
