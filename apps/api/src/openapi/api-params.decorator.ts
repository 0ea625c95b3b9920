import { applyDecorators } from '@nestjs/common';
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
export function ApiIdempotencyKey(description: string): MethodDecorator {
  return applyDecorators(
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description,
      schema: { type: 'string', pattern: '^[\\x21-\\x7e]{1,200}$' },
    }),
  );
}
