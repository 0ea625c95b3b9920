import { type INestApplication, Logger, ValidationPipe } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { AppConfig } from '@firecase/config';
import { ApiExceptionFilter } from './errors/api-exception.filter';
import { FieldValidationException } from './errors/field-validation.exception';
import { RejectNulCharacterPipe } from './errors/nul-character.pipe';
import { createOpenApiDocument } from './openapi/openapi-document';

/** JSON bodies larger than this answer 413; uploads have their own limits per endpoint. */
export const MAX_JSON_BODY = '1mb';

/**
 * Everything main() does to the app besides listening, shared with the tests' app. Returns the
 * OpenAPI document it serves at /docs-json.
 */
export function configureApp(app: INestApplication): OpenAPIObject {
  const config = app.get(AppConfig);
  const express = app as NestExpressApplication;
  express.useBodyParser('json', { limit: MAX_JSON_BODY });
  express.set('trust proxy', config.http.trustProxy);
  app.use(helmet());
  // Closed unless CORS_ORIGINS names the browser origins that may call the API.
  if (config.corsOrigins.length > 0) {
    app.enableCors({
      origin: [...config.corsOrigins],
      allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key'],
    });
  }
  if (config.auth.jwtSecretGenerated) {
    new Logger('auth').warn(
      'JWT_SECRET is not set: signing access tokens with a random key made for this boot (tokens end with the process; set JWT_SECRET to keep them, as production must)',
    );
  }
  app.useGlobalPipes(
    new RejectNulCharacterPipe(),
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: (errors) => new FieldValidationException(errors),
    }),
  );
  app.useGlobalFilters(new ApiExceptionFilter());
  app.enableShutdownHooks();
  const document = createOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  return document;
}
