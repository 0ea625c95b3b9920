import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { UNIT_KINDS } from '@firecase/domain';
import { OptionalText } from '../../cases/dto/validation.decorators';

const TASK_STATUSES = ['open', 'done', 'missed', 'cancelled'] as const;

export class ListTasksQuery {
  @OptionalText(40)
  keyPeriod?: string;

  @ApiPropertyOptional({ enum: TASK_STATUSES })
  @IsOptional()
  @IsIn(TASK_STATUSES)
  status?: string;

  @ApiPropertyOptional({ enum: UNIT_KINDS })
  @IsOptional()
  @IsIn(UNIT_KINDS)
  unitKind?: string;

  @OptionalText(100)
  unitCode?: string;
}
