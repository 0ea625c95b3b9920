import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { PrintedDeadlineOnDayOff, StatutoryYearLoadRecord } from '@firecase/persistence';
import { DEPARTMENT_CODES } from '@firecase/domain';
import { PrintedDeadlineReviewView } from '../cases/view/case.view';
import type { CalendarService, YearCoverage } from './calendar.service';

const DATE = { pattern: '^\\d{4}-\\d{2}-\\d{2}$', example: '2027-02-06' } as const;

/** A year the statutory calendar covers: from the library, or loaded by the office. */
export class YearCoverageView implements YearCoverage {
  @ApiProperty({ type: 'integer', example: 2027 })
  year: number;

  @ApiProperty({
    enum: ['built_in', 'administered'],
    description: '`built_in`: the bundled library’s; `administered`: loaded by the office',
  })
  source: 'built_in' | 'administered';

  @ApiPropertyOptional({
    example: '国办发明电〔2026〕7号',
    description: 'administered: the State Council notice it was loaded from',
  })
  document?: string;

  @ApiPropertyOptional({ example: 'chinese-days@1.5.7', description: 'built in: the library' })
  library?: string;

  @ApiPropertyOptional({ description: 'administered: the id of the administrator who loaded it' })
  loadedBy?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  loadedAt?: string;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'days off (放假), weekends included' })
  holidays: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'weekend days worked (调休上班)' })
  adjustedWorkingDays: number;
}

/** GET /admin/calendar/years */
export class CalendarCoverageView implements Awaited<ReturnType<CalendarService['coverage']>> {
  @ApiProperty({ type: [YearCoverageView], description: 'oldest first' })
  years: YearCoverageView[];

  @ApiProperty({
    type: [String],
    description: 'what the office should load soon (Chinese), e.g. next year’s schedule',
  })
  warnings: string[];
}

/** One day of a year's schedule with its holiday's name. */
export class StatutoryDayView {
  @ApiProperty(DATE)
  date: string;

  @ApiProperty({ example: '春节' })
  name: string;
}

/** One load of a year by the office; every load is kept. */
export class StatutoryYearLoadView implements StatutoryYearLoadRecord {
  @ApiProperty({ format: 'uuid' })
  loadId: string;

  @ApiProperty({ type: 'integer', example: 2027 })
  year: number;

  @ApiProperty({ example: '国办发明电〔2026〕7号' })
  document: string;

  @ApiProperty({ description: 'the id of the administrator who loaded it' })
  loadedBy: string;

  @ApiProperty({ example: '王芳' })
  loadedByName: string;

  @ApiProperty({ format: 'date-time' })
  loadedAt: string;

  @ApiProperty({ description: 'whether it replaced an earlier load of the same year' })
  replaced: boolean;
}

/** GET /admin/calendar/years/{year} */
export class StatutoryYearView
  extends YearCoverageView
  implements Awaited<ReturnType<CalendarService['year']>>
{
  @ApiProperty({ type: [StatutoryDayView], description: 'every day off, in date order' })
  holidayDays: StatutoryDayView[];

  @ApiProperty({ type: [StatutoryDayView], description: 'every weekend day worked, in date order' })
  adjustedWorkingDayList: StatutoryDayView[];

  @ApiProperty({ type: [StatutoryYearLoadView], description: 'the office’s loads, newest first' })
  loads: StatutoryYearLoadView[];
}

export class CalendarRecountView {
  @ApiProperty({
    example: 'statutory-year-2027-…',
    description: 'the workflow recounting the running cases with deadlines in the year',
  })
  workflowId: string;
}

/** PUT /admin/calendar/years/{year}: the load, and the recount it started. */
export class StatutoryYearLoadedView
  extends StatutoryYearLoadView
  implements Awaited<ReturnType<CalendarService['load']>>
{
  @ApiProperty({ type: CalendarRecountView })
  recount: CalendarRecountView;
}

/** A served notice whose printed deadline falls on a day off by a calendar loaded later. */
export class PrintedDeadlineOnDayOffView implements PrintedDeadlineOnDayOff {
  @ApiProperty({ pattern: '^TB-\\d{4}-\\d{6}$', example: 'TB-2026-000001' })
  caseNumber: string;

  @ApiProperty({ enum: DEPARTMENT_CODES })
  department: string;

  @ApiProperty({ example: 'Taibai Community' })
  community: string;

  @ApiProperty({ example: '太白路88号' })
  address: string;

  @ApiProperty({ type: PrintedDeadlineReviewView })
  review: PrintedDeadlineReviewView;
}
