import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { ADMIN_ACTION_LABELS, type AdminAction } from '@firecase/domain';
import { Instant, OptionalText } from '../../cases/dto/validation.decorators';

/** What both logs are filtered and paged by: newest first, in keyset pages. */
class LogQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'entries of this user' })
  @IsOptional()
  @IsUUID()
  userId?: string;

  @OptionalText(40)
  caseNumber?: string;

  /** From this instant on (inclusive). */
  @Instant(true)
  from?: string;

  /** Before this instant (exclusive). */
  @Instant(true)
  to?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit = 50;

  /** The `nextCursor` of the previous page. */
  @ApiPropertyOptional({ pattern: '^[0-9]{1,18}$', example: '1234' })
  @IsOptional()
  @Matches(/^[0-9]{1,18}$/, { message: 'cursor must be the nextCursor of a previous page' })
  cursor?: string;
}

export class AccessLogQuery extends LogQuery {}

const ADMIN_ACTIONS = Object.keys(ADMIN_ACTION_LABELS) as AdminAction[];

export class AdminLogQuery extends LogQuery {
  @ApiPropertyOptional({ enum: ADMIN_ACTIONS })
  @IsOptional()
  @IsIn(ADMIN_ACTIONS)
  action?: AdminAction;
}
