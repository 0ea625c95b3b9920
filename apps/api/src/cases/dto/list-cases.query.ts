import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import {
  CAMPAIGN_CATEGORY_CODES,
  CASE_STATUSES,
  DEPARTMENT_CODES,
  SEVERITIES,
} from '@firecase/domain';
import { Instant, OptionalText } from './validation.decorators';

/** Filters of the hazard ledger (隐患台账): what GET /cases and its exports share. */
export class LedgerFilterQuery {
  @ApiPropertyOptional({ enum: CASE_STATUSES })
  @IsOptional()
  @IsIn(CASE_STATUSES)
  status?: string;

  @ApiPropertyOptional({ enum: CAMPAIGN_CATEGORY_CODES })
  @IsOptional()
  @IsIn(CAMPAIGN_CATEGORY_CODES)
  category?: string;

  @ApiPropertyOptional({ enum: SEVERITIES })
  @IsOptional()
  @IsIn(SEVERITIES)
  severity?: string;

  @ApiPropertyOptional({ enum: DEPARTMENT_CODES })
  @IsOptional()
  @IsIn(DEPARTMENT_CODES)
  department?: string;

  @OptionalText(100)
  community?: string;

  @OptionalText(100)
  grid?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === 'true' ? true : value === 'false' ? false : value,
  )
  @IsBoolean()
  overdue?: boolean;

  /** Cases with a deadline counted Monday–Friday because its year's calendar is not loaded. */
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === 'true' ? true : value === 'false' ? false : value,
  )
  @IsBoolean()
  provisional?: boolean;

  @Instant(true)
  dueBefore?: string;

  @Instant(true)
  dueAfter?: string;

  /**
   * Text anywhere in the address or the responsible party, any case; Chinese words of two
   * characters (太白, 物业) are served by the ledger's bigram index.
   */
  @OptionalText(100)
  q?: string;
}

/** The ledger's filters, sorted by next due date; keyset-paginated. */
export class ListCasesQuery extends LedgerFilterQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit = 50;

  @ApiPropertyOptional({ maxLength: 300, description: 'the `nextCursor` of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  cursor?: string;
}
