import type {
  OpenAPIObject,
  OperationObject,
  ParameterObject,
  ReferenceObject,
  RequestBodyObject,
  SchemaObject,
} from '@nestjs/swagger';
import { NO_NUL_PATTERN } from '../errors/nul-character.pipe';
import { type ApiErrorStatus, errorMeaning } from './api-errors.decorator';

export const API_ERROR_SCHEMA = 'ApiErrorDto';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

/**
 * Documents what the edge answers for every endpoint, whoever wrote it: the auth guard (401 and
 * 403 wherever a bearer token is wanted), the validation and NUL pipes (400 wherever there is a
 * parameter or a body, and no NUL in any text) and the body parsers (413 for a body too large).
 * What an endpoint's own service answers (404, 409, 422, 429, 503) its decorators say.
 */
export function documentTheEdge(document: OpenAPIObject): void {
  const schemas = (document.components?.schemas ?? {}) as Record<string, SchemaObject>;
  const visited = new Set<SchemaObject>();
  const closed = new Set<SchemaObject>();
  for (const pathItem of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = pathItem[method];
      if (!operation) continue;
      const parameters = (operation.parameters ?? []).filter(isParameter);
      const body = operation.requestBody as RequestBodyObject | undefined;
      if (operation.security?.length) addError(operation, 401, 403);
      if (parameters.some((p) => p.in === 'path' || p.in === 'query') || body)
        addError(operation, 400);
      if (body) addError(operation, 413);
      for (const parameter of parameters) {
        if (parameter.in !== 'header' && parameter.schema) {
          forbidNul(parameter.schema, schemas, visited);
        }
      }
      for (const media of Object.values(body?.content ?? {})) {
        if (media.schema) forbidNul(media.schema, schemas, visited);
      }
      if (body) closeBodies(body, schemas, closed);
    }
  }
}

function addError(operation: OperationObject, ...statuses: ApiErrorStatus[]): void {
  for (const status of statuses) {
    operation.responses[status] ??= {
      description: errorMeaning(status),
      content: {
        'application/json': { schema: { $ref: `#/components/schemas/${API_ERROR_SCHEMA}` } },
      },
    };
  }
}

/** Every free text a request carries gets the NUL rule; enums, patterns and files have theirs. */
function forbidNul(
  schema: SchemaObject | ReferenceObject,
  schemas: Record<string, SchemaObject>,
  visited: Set<SchemaObject>,
): void {
  const resolved = '$ref' in schema ? schemas[schema.$ref.split('/').pop()!] : schema;
  if (!resolved || visited.has(resolved)) return;
  visited.add(resolved);
  if (
    resolved.type === 'string' &&
    !resolved.enum &&
    !resolved.pattern &&
    resolved.format !== 'binary'
  ) {
    resolved.pattern = NO_NUL_PATTERN;
  }
  const children = [
    ...Object.values(resolved.properties ?? {}),
    ...(resolved.items ? [resolved.items] : []),
    ...(resolved.allOf ?? []),
    ...(resolved.oneOf ?? []),
    ...(resolved.anyOf ?? []),
  ];
  for (const child of children) forbidNul(child, schemas, visited);
}

/**
 * The validation pipe refuses a property a body's class does not declare (forbidNonWhitelisted),
 * so the document says so: every object of a JSON body lists all it may hold.
 */
function closeBodies(
  body: RequestBodyObject,
  schemas: Record<string, SchemaObject>,
  closed: Set<SchemaObject>,
): void {
  const close = (schema: SchemaObject | ReferenceObject | undefined): void => {
    const resolved = schema && ('$ref' in schema ? schemas[schema.$ref.split('/').pop()!] : schema);
    if (!resolved || closed.has(resolved)) return;
    closed.add(resolved);
    if (resolved.properties) {
      resolved.additionalProperties ??= false;
      Object.values(resolved.properties).forEach(close);
    }
    if (resolved.items) close(resolved.items);
    [...(resolved.allOf ?? []), ...(resolved.oneOf ?? []), ...(resolved.anyOf ?? [])].forEach(
      close,
    );
  };
  close(body.content?.['application/json']?.schema);
}

function isParameter(parameter: ParameterObject | ReferenceObject): parameter is ParameterObject {
  return !('$ref' in parameter);
}
