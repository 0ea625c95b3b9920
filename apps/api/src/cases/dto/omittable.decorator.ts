import { ValidateIf } from 'class-validator';

/**
 * May be left out, but not sent as null: the document does not call it nullable, and the
 * services take "absent" as undefined (a null once reached PostgreSQL's constraints as a 500).
 */
export function Omittable(): PropertyDecorator {
  return ValidateIf((_: object, value: unknown) => value !== undefined);
}
