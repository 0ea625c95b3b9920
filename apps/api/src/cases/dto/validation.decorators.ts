import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsNotEmpty,
  IsObject,
  IsString,
  Matches,
  MaxLength,
  registerDecorator,
  ValidateNested,
  type ValidationArguments,
  ValidateBy,
} from 'class-validator';
import { CAMPAIGN_CODE_PATTERN, findHazardType } from '@firecase/domain';
import { EvidenceRefDto } from './evidence-ref.dto';
import { Omittable } from './omittable.decorator';

/** A required, non-blank piece of text of bounded length. */
export function RequiredText(maxLength = 2000, example?: string) {
  return applyDecorators(
    ApiProperty({ example, minLength: 1, maxLength }),
    IsString(),
    IsNotEmpty(),
    MaxLength(maxLength),
  );
}

export function OptionalText(maxLength = 2000) {
  return applyDecorators(
    ApiPropertyOptional({ maxLength }),
    Omittable(),
    IsString(),
    MaxLength(maxLength),
  );
}

/**
 * An RFC 3339 instant with its offset, e.g. 2024-02-08T10:00:00+08:00: what JSON Schema calls
 * `date-time`, within what PostgreSQL and Date can hold (years 0001–9999, offsets up to ±14:59;
 * PostgreSQL refuses larger ones, which once answered 500).
 */
export const INSTANT_PATTERN =
  '^(?!0000)\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d{1,9})?(Z|[+-](0\\d|1[0-4]):[0-5]\\d)$';

/** A calendar date, YYYY-MM-DD (years 0001–9999). */
export const DATE_PATTERN = '^(?!0000)\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';

export function isInstant(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    new RegExp(INSTANT_PATTERN).test(value) &&
    isCalendarDate(value.slice(0, 10))
  );
}

export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !new RegExp(DATE_PATTERN).test(value)) return false;
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(2000, month - 1, day)); // a leap year, then the real one
  date.setUTCFullYear(year);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function Instant(optional = false) {
  const documented = {
    format: 'date-time',
    pattern: INSTANT_PATTERN,
    example: '2024-02-08T10:00:00+08:00',
  };
  return applyDecorators(
    optional ? ApiPropertyOptional(documented) : ApiProperty(documented),
    ...(optional ? [Omittable()] : []),
    ValidateBy(
      { name: 'isInstant', validator: { validate: isInstant } },
      {
        message:
          '$property must be an RFC 3339 instant with its offset, e.g. 2024-02-08T10:00:00+08:00 (years 0001–9999, offset at most ±14:59)',
      },
    ),
  );
}

/** A date in China time, YYYY-MM-DD. */
export function ChinaDate() {
  return applyDecorators(
    ApiProperty({ example: '2024-03-01', format: 'date', pattern: DATE_PATTERN }),
    IsString(),
    ValidateBy(
      { name: 'isCalendarDate', validator: { validate: isCalendarDate } },
      { message: '$property must be a calendar date YYYY-MM-DD' },
    ),
  );
}

/** A campaign's code, e.g. taibai-2023-winter-spring. */
export function CampaignCode(optional = false) {
  return applyDecorators(
    optional
      ? ApiPropertyOptional({
          example: 'taibai-2023-winter-spring',
          pattern: CAMPAIGN_CODE_PATTERN.source,
        })
      : ApiProperty({
          example: 'taibai-2023-winter-spring',
          pattern: CAMPAIGN_CODE_PATTERN.source,
        }),
    ...(optional ? [Omittable()] : []),
    IsString(),
    Matches(CAMPAIGN_CODE_PATTERN, {
      message: '$property must be 3–64 lower-case letters, digits or hyphens',
    }),
  );
}

/**
 * A nested object of the body, validated as `type`. Required unless `optional`: ValidateNested
 * alone lets a missing object through (a case once opened without its responsible party), and an
 * array of them too.
 */
export function NestedObject(type: () => new () => object, optional = false) {
  // Swagger takes a function as a lazy type only when it is named `type` (an object literal's
  // `type: () => …`); the thunk passed in here is anonymous, and gave an empty $ref.
  const lazy = { type: () => type() };
  return applyDecorators(
    optional ? ApiPropertyOptional(lazy) : ApiProperty(lazy),
    ...(optional ? [Omittable()] : []),
    IsObject(),
    ValidateNested(),
    Type(type),
  );
}

/** References to uploaded evidence (photos, documents); `minItems` when some are required. */
export function EvidenceList(optional = true, minItems = 0) {
  return applyDecorators(
    ApiProperty({
      type: [EvidenceRefDto],
      required: !optional,
      maxItems: 50,
      ...(minItems > 0 ? { minItems } : {}),
    }),
    ...(optional ? [Omittable()] : []),
    IsArray(),
    ArrayMaxSize(50),
    ...(minItems > 0 ? [ArrayMinSize(minItems)] : []),
    ValidateNested({ each: true }),
    Type(() => EvidenceRefDto),
  );
}

/** The hazard type must exist in the catalogue and belong to the category in `categoryField`. */
export function IsHazardTypeOf(categoryField: string) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isHazardTypeOf',
      target: target.constructor,
      propertyName,
      constraints: [categoryField],
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const category = (args.object as Record<string, unknown>)[categoryField];
          const type = typeof value === 'string' ? findHazardType(value) : undefined;
          return type !== undefined && type.category === category;
        },
        defaultMessage(args: ValidationArguments) {
          return `${args.property} must be a hazard type of the catalogue belonging to the given ${categoryField}`;
        },
      },
    });
}
