import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { OpenAPIObject } from '@nestjs/swagger';

type Json = Record<string, unknown>;

export interface DocumentedResponse {
  /** e.g. `POST /cases/{caseNumber}/closure` */
  readonly operation: string;
  readonly problems: readonly string[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

/**
 * Checks real responses against what the OpenAPI document says of their operation and status:
 * the status is documented, the media type is one documented for it, and a JSON body matches
 * its schema. Stricter than the document on one point, on purpose: an object may carry no
 * property its schema does not name (unless it says `additionalProperties`), so a field the API
 * sends is a field the generated client knows.
 */
export class OpenApiResponseValidator {
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  private readonly routes: { method: string; template: string; pattern: RegExp; params: number }[] =
    [];
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly document: OpenAPIObject) {
    addFormats(this.ajv);
    this.ajv.addFormat('binary', true);
    this.ajv.addSchema(
      { components: { schemas: toJsonSchema(document.components?.schemas ?? {}) } },
      'openapi',
    );
    for (const [template, item] of Object.entries(document.paths)) {
      for (const method of METHODS) {
        if (!(method in item)) continue;
        const source = template
          .split(/(\{[^}]+\})/)
          .map((part) =>
            part.startsWith('{') ? '([^/]+)' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
          )
          .join('');
        this.routes.push({
          method,
          template,
          pattern: new RegExp(`^${source}/?$`),
          params: (template.match(/\{/g) ?? []).length,
        });
      }
    }
    // A literal path (/cases/export.csv) wins over a template that would also match it.
    this.routes.sort((a, b) => a.params - b.params);
  }

  /** The document's operation for a request, or undefined for a path it does not describe. */
  operationOf(method: string, path: string): { method: string; template: string } | undefined {
    const lower = method.toLowerCase();
    return this.routes.find((r) => r.method === lower && r.pattern.test(path));
  }

  check(
    method: string,
    path: string,
    status: number,
    contentType: string | undefined,
    hasBody: boolean,
    body: Buffer | undefined,
  ): DocumentedResponse | undefined {
    const route = this.operationOf(method, path);
    if (!route) return undefined;
    const operation = `${route.method.toUpperCase()} ${route.template}`;
    const responses = (this.document.paths[route.template] as Json)[route.method] as {
      responses: Record<string, { content?: Record<string, { schema?: Json }> }>;
    };
    const documented = responses.responses[String(status)] ?? responses.responses.default;
    if (!documented) {
      const known = Object.keys(responses.responses).join(', ');
      return {
        operation,
        problems: [`status ${status} is not documented (documented: ${known})${excerpt(body)}`],
      };
    }
    if (!hasBody) return undefined;
    const content = documented.content ?? {};
    const mediaType = contentType?.split(';')[0].trim().toLowerCase();
    if (Object.keys(content).length === 0) {
      return {
        operation,
        problems: [
          `status ${status} documents no body, but one came (${mediaType})${excerpt(body)}`,
        ],
      };
    }
    const media = mediaType && content[mediaType];
    if (!media) {
      return {
        operation,
        problems: [
          `status ${status} answered ${mediaType ?? 'no Content-Type'}, documented: ${Object.keys(content).join(', ')}`,
        ],
      };
    }
    if (mediaType !== 'application/json' || !media.schema || !body) return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      return { operation, problems: [`status ${status}: the body is not JSON${excerpt(body)}`] };
    }
    const validate = this.validatorFor(`${operation} ${status}`, media.schema);
    if (validate(parsed)) return undefined;
    return {
      operation,
      problems: (validate.errors ?? []).map(
        (e) =>
          `status ${status}: ${e.instancePath || '(body)'} ${e.message}${
            e.keyword === 'additionalProperties'
              ? ` (${String((e.params as { additionalProperty?: string }).additionalProperty)})`
              : ''
          } [schema ${e.schemaPath}]`,
      ),
    };
  }

  private validatorFor(key: string, schema: Json): ValidateFunction {
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(toJsonSchema(schema) as Json);
      this.compiled.set(key, validate);
    }
    return validate;
  }
}

/**
 * OpenAPI 3.0 schema → JSON Schema for Ajv: `nullable` becomes a `null` alternative, refs point
 * into the schema registered as `openapi`, and objects that list their properties close them.
 */
function toJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (schema === null || typeof schema !== 'object') return schema;
  const result: Json = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$ref' && typeof value === 'string') {
      result.$ref = value.replace(/^#\//, 'openapi#/');
    } else if (key === 'properties' || key === 'components' || key === 'schemas') {
      result[key] = Object.fromEntries(
        Object.entries(value as Json).map(([name, s]) => [name, toJsonSchema(s)]),
      );
    } else if (key !== 'nullable' && key !== 'example' && key !== 'examples') {
      result[key] = toJsonSchema(value);
    }
  }
  if (result.properties && result.additionalProperties === undefined) {
    result.additionalProperties = false;
  }
  const nullable = (schema as Json).nullable === true;
  return nullable ? { anyOf: [{ type: 'null' }, result] } : result;
}

function excerpt(body: Buffer | undefined): string {
  if (!body || body.length === 0) return '';
  const text = body.subarray(0, 300).toString('utf8').trimStart();
  return text.startsWith('{') || text.startsWith('[') ? `: ${text}` : '';
}
