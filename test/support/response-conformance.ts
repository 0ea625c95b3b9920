import type { INestApplication } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { OpenApiResponseValidator } from './openapi-validator';

/** One response an e2e test saw that the OpenAPI document does not describe. */
export interface ResponseViolation {
  readonly request: string;
  readonly operation: string;
  readonly status: number;
  readonly problems: readonly string[];
}

/** JSON bodies past this are not buffered for checking (no endpoint answers one that large). */
const MAX_CHECKED_BODY = 8 * 1024 * 1024;

const store = globalThis as { __firecaseResponseViolations?: ResponseViolation[] };

/** The violations seen since the last call, cleared. */
export function takeResponseViolations(): ResponseViolation[] {
  const seen = store.__firecaseResponseViolations ?? [];
  store.__firecaseResponseViolations = [];
  return seen;
}

export function describeViolations(violations: readonly ResponseViolation[]): string {
  return [
    `${violations.length} response(s) do not match the OpenAPI document (/docs-json):`,
    ...violations.map(
      (v) =>
        `  ${v.operation} → ${v.status} (request ${v.request}):\n${v.problems.map((p) => `      ${p}`).join('\n')}`,
    ),
    'Document the status with @ApiErrors(...) / @Api…Response({ type }) or fix the response.',
  ].join('\n');
}

/**
 * Checks every response the test app sends against the app's own OpenAPI document, whichever
 * client sent the request (supertest, fetch, a browser) and whichever endpoint it reached: it
 * sits in front of every middleware and route, so the body parsers' refusals are checked too.
 * Install it before configureApp and hand it the document configureApp returns. What it finds
 * is collected; the integration project's setup file fails the test during which it happened.
 */
export function checkResponsesAgainstDocument(app: INestApplication) {
  let validator: OpenApiResponseValidator | undefined;
  app.use((request: Request, response: Response, next: NextFunction) => {
    const path = request.originalUrl.split('?')[0];
    if (!validator) throw new Error('checkResponsesAgainstDocument: no document given');
    if (!validator.operationOf(request.method, path)) {
      next();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const keep = (chunk: unknown, encoding?: unknown) => {
      if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) return;
      if (chunk.length === 0) return;
      const buffer =
        typeof chunk === 'string'
          ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
          : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      size += buffer.length;
      if (isJson(response) && size <= MAX_CHECKED_BODY) chunks.push(buffer);
    };
    const write = response.write.bind(response) as (...args: unknown[]) => boolean;
    const end = response.end.bind(response) as (...args: unknown[]) => Response;
    response.write = ((...args: unknown[]) => {
      keep(args[0], args[1]);
      return write(...args);
    }) as Response['write'];
    response.end = ((...args: unknown[]) => {
      keep(args[0], args[1]);
      return end(...args);
    }) as Response['end'];
    response.on('finish', () => {
      const contentType = response.getHeader('content-type');
      const found = validator?.check(
        request.method,
        path,
        response.statusCode,
        typeof contentType === 'string' ? contentType : undefined,
        size > 0,
        isJson(response) && size <= MAX_CHECKED_BODY ? Buffer.concat(chunks) : undefined,
      );
      if (found) {
        store.__firecaseResponseViolations ??= [];
        store.__firecaseResponseViolations.push({
          request: `${request.method} ${request.originalUrl.slice(0, 200)}`,
          operation: found.operation,
          status: response.statusCode,
          problems: found.problems,
        });
      }
    });
    next();
  });
  return {
    against(document: OpenAPIObject) {
      validator = new OpenApiResponseValidator(document);
    },
  };
}

function isJson(response: Response): boolean {
  const type = response.getHeader('content-type');
  return typeof type === 'string' && /^application\/json\b/i.test(type);
}
