import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { API_VERSION } from '../http/api-version';

/** The OpenAPI 3 description of `/api/v1`, built from the controllers' decorators. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Participation engine API')
    .setDescription(
      'Records how residents influence social-domain policy, from signal to council decision, ' +
        'as an immutable and traceable event history.',
    )
    .setVersion(API_VERSION)
    .setContact(
      'Participation engine maintainers',
      'https://participation-engine.example.org',
      'maintainers@participation-engine.example.org',
    )
    .setLicense('EUPL-1.2', 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12')
    .addServer('/api/v1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .build();
  return SwaggerModule.createDocument(app, config, { ignoreGlobalPrefix: true });
}

/** Serves the document, without authentication, at `/api/v1/openapi.json`; answers it. */
export function serveOpenApiDocument(app: INestApplication): OpenAPIObject {
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/v1/docs', app, document, {
    ui: false,
    raw: ['json'],
    jsonDocumentUrl: 'api/v1/openapi.json',
  });
  return document;
}
