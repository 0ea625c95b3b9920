import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

/** How many to answer, for lists that come in one piece. */
export class LimitQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 20;
}

/** A keyset page, newest first. */
export class InboxQuery extends LimitQuery {
  /** The `nextCursor` of the previous page. */
  @ApiPropertyOptional({ pattern: '^\\d{1,18}$', example: '1234' })
  @IsOptional()
  @Matches(/^\d{1,18}$/, { message: 'cursor: the nextCursor of the previous page' })
  cursor?: string;
}
