import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, ValidateBy } from 'class-validator';
import { REPORT_KINDS, type ReportKind } from '@firecase/domain';
import { Omittable } from '../cases/dto/omittable.decorator';
import { DATE_PATTERN, isCalendarDate } from '../cases/dto/validation.decorators';

export class ProgressReportQuery {
  @ApiProperty({ enum: REPORT_KINDS })
  @IsIn(REPORT_KINDS)
  kind: ReportKind;

  /** A Beijing date in the week or month to report on; absent, the last complete one. */
  @ApiPropertyOptional({ example: '2024-02-15', format: 'date', pattern: DATE_PATTERN })
  @Omittable()
  @IsString()
  @ValidateBy(
    { name: 'isCalendarDate', validator: { validate: isCalendarDate } },
    { message: '$property must be a calendar date YYYY-MM-DD' },
  )
  date?: string;
}

export class ListReportsQuery {
  @ApiPropertyOptional({ enum: REPORT_KINDS })
  @Omittable()
  @IsIn(REPORT_KINDS)
  kind?: ReportKind;
}
