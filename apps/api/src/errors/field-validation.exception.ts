import { BadRequestException } from '@nestjs/common';
import type { ValidationError } from 'class-validator';

/** A request body or query that failed validation, naming each bad field (nested as a.b[0].c). */
export class FieldValidationException extends BadRequestException {
  readonly fields: { field: string; problems: string[] }[];

  constructor(errors: ValidationError[]) {
    const fields = flatten(errors, '');
    super(`Invalid request: ${fields.map((f) => f.field).join(', ')}`);
    this.fields = fields;
  }
}

function flatten(
  errors: ValidationError[],
  prefix: string,
): { field: string; problems: string[] }[] {
  return errors.flatMap((error) => {
    const field = /^\d+$/.test(error.property)
      ? `${prefix}[${error.property}]`
      : prefix
        ? `${prefix}.${error.property}`
        : error.property;
    const own = error.constraints ? [{ field, problems: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
