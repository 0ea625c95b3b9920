import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsString, Matches, ValidateNested } from 'class-validator';
import { RequiredText } from '../../cases/dto/validation.decorators';

/** One day of the schedule: a day off (放假) or a weekend day worked (调休上班), with its holiday. */
export class StatutoryDayDto {
  @ApiProperty({ example: '2027-02-06', pattern: '^\\d{4}-\\d{2}-\\d{2}$' })
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be written YYYY-MM-DD' })
  date: string;

  @RequiredText(20, '春节')
  name: string;
}

/**
 * A year of the State Council's schedule (国务院办公厅关于某年部分节假日安排的通知), as the office
 * loads it: every day off, weekends within a holiday included, and every weekend day worked.
 */
export class StatutoryYearDto {
  @RequiredText(100, '国办发明电〔2026〕7号')
  document: string;

  @ApiProperty({ type: [StatutoryDayDto] })
  @IsArray()
  @ArrayMaxSize(120)
  @ValidateNested({ each: true })
  @Type(() => StatutoryDayDto)
  holidays: StatutoryDayDto[];

  @ApiProperty({ type: [StatutoryDayDto] })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => StatutoryDayDto)
  adjustedWorkingDays: StatutoryDayDto[];
}
