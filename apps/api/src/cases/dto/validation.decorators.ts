import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  registerDecorator,
  ValidateNested,
  type ValidationArguments,
} from 'class-validator';
import { CAMPAIGN_CODE_PATTERN, findHazardType } from '@firecase/domain';
import { EvidenceRefDto } from './evidence-ref.dto';

/** A required, non-blank piece of text of bounded length. */
export function RequiredText(maxLength = 2000, example?: string) {
  return applyDecorators(
    ApiProperty({ example, maxLength }),
    IsString(),
    IsNotEmpty(),
    MaxLength(maxLength),
  );
}

export function OptionalText(maxLength = 2000) {
  return applyDecorators(
    ApiPropertyOptional({ maxLength }),
    IsOptional(),
    IsString(),
    MaxLength(maxLength),
  );
}

/** An ISO 8601 instant with its time zone, e.g. 2024-02-08T10:00:00+08:00. */
export function Instant(optional = false) {
  return applyDecorators(
    optional ? ApiPropertyOptional({ format: 'date-time' }) : ApiProperty({ format: 'date-time' }),
    ...(optional ? [IsOptional()] : []),
    IsISO8601({ strict: true, strictSeparator: true }),
    Matches(/(Z|[+-]\d{2}:\d{2})$/, { message: '$property must carry a time zone (Z or +08:00)' }),
  );
}

/** A date in China time, YYYY-MM-DD. */
export function ChinaDate() {
  return applyDecorators(
    ApiProperty({ example: '2024-03-01', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
    IsString(),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date YYYY-MM-DD' }),
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
    ...(optional ? [IsOptional()] : []),
    IsString(),
    Matches(CAMPAIGN_CODE_PATTERN, {
      message: '$property must be 3–64 lower-case letters, digits or hyphens',
    }),
  );
}

/** References to uploaded evidence (photos, documents). */
export function EvidenceList(optional = true) {
  return applyDecorators(
    ApiProperty({ type: [EvidenceRefDto], required: !optional }),
    ...(optional ? [IsOptional()] : []),
    IsArray(),
    ArrayMaxSize(50),
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
