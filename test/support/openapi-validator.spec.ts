import type { OpenAPIObject } from '@nestjs/swagger';
import { OpenApiResponseValidator } from './openapi-validator';

const json = (schema: object) => ({ content: { 'application/json': { schema } } });

const document = {
  openapi: '3.0.0',
  info: { title: 't', version: '1' },
  paths: {
    '/cases/{caseNumber}': {
      get: {
        responses: {
          200: { description: '', ...json({ $ref: '#/components/schemas/Case' }) },
          404: { description: '', ...json({ $ref: '#/components/schemas/Error' }) },
        },
      },
    },
    '/cases/export.csv': {
      get: { responses: { 200: { description: '', content: { 'text/csv': { schema: {} } } } } },
    },
    '/auth/logout': { post: { responses: { 204: { description: '' } } } },
  },
  components: {
    schemas: {
      Case: {
        type: 'object',
        required: ['caseNumber', 'grid'],
        properties: {
          caseNumber: { type: 'string', pattern: '^TB-' },
          grid: { type: 'string', nullable: true },
          detail: { type: 'object', additionalProperties: true },
        },
      },
      Error: { type: 'object', properties: { statusCode: { type: 'integer' } } },
    },
  },
} as unknown as OpenAPIObject;

const validator = new OpenApiResponseValidator(document);
const body = (value: unknown) => Buffer.from(JSON.stringify(value));
const check = (path: string, status: number, type: string | undefined, value?: unknown) =>
  validator.check(
    'GET',
    path,
    status,
    type,
    value !== undefined,
    value === undefined ? undefined : body(value),
  );

describe(OpenApiResponseValidator.name, () => {
  it('passes a response as documented, null where the schema is nullable', () => {
    expect(
      check('/cases/TB-1', 200, 'application/json; charset=utf-8', {
        caseNumber: 'TB-1',
        grid: null,
      }),
    ).toBeUndefined();
  });

  it('names the operation and the status nobody documented', () => {
    expect(check('/cases/TB-1', 500, 'application/json', { statusCode: 500 })).toEqual({
      operation: 'GET /cases/{caseNumber}',
      problems: [expect.stringMatching(/^status 500 is not documented \(documented: 200, 404\)/)],
    });
  });

  it('names a body that breaks its schema, and a property the schema does not name', () => {
    const found = check('/cases/TB-1', 200, 'application/json', {
      caseNumber: 'X',
      grid: 3,
      extra: 1,
    });
    expect(found?.problems.join('\n')).toMatch(/\/caseNumber must match pattern/);
    expect(found?.problems.join('\n')).toMatch(/must NOT have additional properties \(extra\)/);
    expect(found?.problems.join('\n')).toMatch(/\/grid/);
  });

  it('leaves an object that allows more properties open', () => {
    expect(
      check('/cases/TB-1', 200, 'application/json', {
        caseNumber: 'TB-1',
        grid: 'G',
        detail: { any: 1 },
      }),
    ).toBeUndefined();
  });

  it('prefers a literal path to a template that also matches it', () => {
    expect(validator.operationOf('GET', '/cases/export.csv')?.template).toBe('/cases/export.csv');
    expect(check('/cases/export.csv', 200, 'text/csv; charset=utf-8', 'a,b')).toBeUndefined();
  });

  it('names a media type the status does not document', () => {
    expect(check('/cases/export.csv', 200, 'application/json', { a: 1 })?.problems).toEqual([
      'status 200 answered application/json, documented: text/csv',
    ]);
  });

  it('names a body where the status documents none', () => {
    expect(
      validator.check('POST', '/auth/logout', 204, 'application/json', true, body({ a: 1 }))
        ?.problems[0],
    ).toMatch(/^status 204 documents no body/);
  });

  it('ignores paths the document does not describe', () => {
    expect(check('/nowhere', 404, 'application/json', { statusCode: 404 })).toBeUndefined();
  });
});
