import { ApiHeader, ApiParam } from '@nestjs/swagger';

/** 案件编号 in the path; a number not of this form, unknown, or outside the caller's scope is 404. */
export function ApiCaseNumberParam(): MethodDecorator & ClassDecorator {
  return ApiParam({
    name: 'caseNumber',
    schema: { type: 'string', pattern: '^TB-\\d{4}-\\d{6}$', example: 'TB-2026-000001' },
    description: '案件编号; unknown, or outside the caller’s scope: 404',
  });
}

/** A uuid id in the path; anything else is as unknown as a missing one (404). */
export function ApiUuidParam(name: string): MethodDecorator & ClassDecorator {
  return ApiParam({ name, schema: { type: 'string', format: 'uuid' } });
}

/** The optional Idempotency-Key header, as IdempotencyKey() checks it. */
export function ApiIdempotencyKey(description: string): MethodDecorator & ClassDecorator {
  return ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description,
    schema: { type: 'string', pattern: '^[\\x21-\\x7e]{1,200}$' },
  });
}

/** A stored row's number in the path (1–18 digits); anything else is as unknown as a missing one (404). */
export function ApiSerialIdParam(name: string): MethodDecorator & ClassDecorator {
  return ApiParam({
    name,
    schema: { type: 'string', pattern: '^\\d{1,18}$', example: '1234' },
    description: 'unknown: 404',
  });
}

/** A path parameter that takes one of a fixed list of codes; any other is unknown (404). */
export function ApiCodeParam(
  name: string,
  codes: readonly string[],
  description?: string,
): MethodDecorator & ClassDecorator {
  return ApiParam({
    name,
    schema: { type: 'string', enum: [...codes] },
    description: `${description ? `${description}; ` : ''}another value: 404`,
  });
}
