// The OpenAPI document the api serves, checked for what every operation must say: each answer it
// can give (the edge's 400/401/403/413 included) with the one error shape, and a real schema for
// every success. The responses themselves are checked against it in every e2e test
// (support/response-conformance.ts); this makes sure nothing is left out of it to begin with.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenAPIObject } from '@nestjs/swagger';
import { NO_NUL_PATTERN } from '@firecase/api';
import { useRealStack } from './support/real-stack';

type Json = Record<string, unknown>;
interface Operation {
  readonly name: string;
  readonly spec: {
    security?: unknown[];
    parameters?: { in: string; name: string; schema?: Json }[];
    requestBody?: unknown;
    responses: Record<string, { content?: Record<string, { schema?: Json }> }>;
  };
}

const ERROR_REF = '#/components/schemas/ApiErrorDto';

describe('the OpenAPI document (/docs-json, real stack)', () => {
  const stack = useRealStack({ worker: false, api: true });
  let document: OpenAPIObject;
  let operations: Operation[];

  beforeAll(async () => {
    document = (await stack.http().get('/docs-json').expect(200)).body as OpenAPIObject;
    // Kept beside the test stack's logs, for reading when a test here fails.
    writeFileSync(
      join(process.env.FIRECASE_TEST_DIR ?? '.', 'openapi.json'),
      JSON.stringify(document, null, 2),
    );
    operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item as Json).map(([method, spec]) => ({
        name: `${method.toUpperCase()} ${path}`,
        spec: spec as Operation['spec'],
      })),
    );
  });

  const missing = (check: (op: Operation) => string[]) =>
    operations.flatMap((op) => check(op).map((problem) => `${op.name}: ${problem}`));

  it('lists every operation the api routes', () => {
    expect(operations.length).toBeGreaterThan(40);
  });

  it('documents 401 and 403 wherever a bearer token is wanted', () => {
    expect(
      missing((op) =>
        op.spec.security?.length
          ? ['401', '403'].filter((s) => !op.spec.responses[s]).map((s) => `no ${s}`)
          : [],
      ),
    ).toEqual([]);
  });

  it('documents 400 wherever there is a parameter or a body, and 413 wherever a body', () => {
    expect(
      missing((op) => {
        const problems: string[] = [];
        const takesInput =
          op.spec.requestBody !== undefined ||
          (op.spec.parameters ?? []).some((p) => p.in === 'path' || p.in === 'query');
        if (takesInput && !op.spec.responses['400']) problems.push('no 400');
        if (op.spec.requestBody && !op.spec.responses['413']) problems.push('no 413');
        return problems;
      }),
    ).toEqual([]);
  });

  it('answers every error with the one error shape', () => {
    expect(
      missing((op) =>
        Object.entries(op.spec.responses)
          .filter(([status]) => Number(status) >= 400)
          .filter(([status]) => !(op.name === 'GET /health' && status === '503')) // Terminus' own
          .filter(([, r]) => r.content?.['application/json']?.schema?.$ref !== ERROR_REF)
          .map(([status]) => `${status} is not ApiErrorDto`),
      ),
    ).toEqual([]);
  });

  it('gives every success a schema: a named JSON schema, a file, or no body at all', () => {
    expect(
      missing((op) =>
        Object.entries(op.spec.responses)
          .filter(([status]) => status.startsWith('2'))
          .flatMap(([status, response]) => {
            if (status === '204') return response.content ? ['204 with a body'] : [];
            const content = Object.entries(response.content ?? {});
            if (content.length === 0) return [`${status} has no schema`];
            return content
              .filter(([, media]) => !isNamedOrFile(media.schema))
              .map(([type]) => `${status} ${type} is not a named schema`);
          }),
      ),
    ).toEqual([]);
  });

  it('gives every text parameter a bound: a pattern, an enum, a format or a length', () => {
    // The edge gives every text the NUL rule: that alone bounds nothing.
    const bounded = (schema: Json | undefined) =>
      (typeof schema?.pattern === 'string' && schema.pattern !== NO_NUL_PATTERN) ||
      schema?.enum !== undefined ||
      schema?.format !== undefined ||
      schema?.maxLength !== undefined;
    expect(
      missing((op) =>
        (op.spec.parameters ?? [])
          .filter((p) => p.schema?.type === 'string' && !bounded(p.schema))
          .map((p) => `${p.in} parameter ${p.name} is unbounded`),
      ),
    ).toEqual([]);
  });

  it('types every parameter and property (none is the Object TypeScript could not tell)', () => {
    const untyped: string[] = [];
    const visit = (value: unknown, at: string) => {
      if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${at}[${i}]`));
      else if (value !== null && typeof value === 'object') {
        for (const [key, child] of Object.entries(value as Json)) {
          if (key === '$ref' && child === '#/components/schemas/Object') untyped.push(at);
          else visit(child, `${at}/${key}`);
        }
      }
    };
    visit(document.paths, '#/paths');
    visit(document.components, '#/components');
    expect(untyped).toEqual([]);
  });
});

function isNamedOrFile(schema: Json | undefined): boolean {
  if (!schema) return false;
  if (typeof schema.$ref === 'string') return true;
  if (schema.type === 'array') return isNamedOrFile(schema.items as Json | undefined);
  if (schema.type === 'string') return true; // a file or text (CSV, PDF, XLSX)
  return schema.type === 'object' && schema.properties !== undefined; // e.g. Terminus' health
}
