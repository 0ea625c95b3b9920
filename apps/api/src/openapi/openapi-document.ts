import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ApiErrorDto } from '../errors/api-error.dto';
import { documentTheEdge } from './edge-responses';

/** The API's OpenAPI document: what /docs shows, /docs-json serves and clients are generated from. */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Fire-hazard rectification (消防隐患整改) API')
      .setDescription(
        'Cases, notices, re-inspections and the escalation ladder. Sign in with POST /auth/login and send the access token as `Authorization: Bearer <token>`. Every error answers with one shape, ApiErrorDto: `{statusCode, error, message, code?, fields?}`. No text may contain the NUL character (U+0000).',
      )
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
    { extraModels: [ApiErrorDto] },
  );
  documentTheEdge(document);
  return document;
}
