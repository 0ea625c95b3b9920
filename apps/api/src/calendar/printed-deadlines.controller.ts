import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { StatutoryCalendarRepository } from '@firecase/persistence';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { caseScopeOf } from '../authz/case-scope';
import { LogsRead } from '../authz/logs-read.decorator';
import { Permit } from '../authz/permit.decorator';
import { PrintedDeadlineOnDayOffView } from './calendar.view';

/**
 * After a year is loaded: the served notices whose printed deadline now falls on a day off. The
 * printed date stands (it is the legal deadline); a supervisor extends it where that is fair.
 */
@ApiTags('calendar')
@Permit('readLedger')
@Controller('calendar/printed-deadlines-on-days-off')
export class PrintedDeadlinesController {
  constructor(private readonly calendar: StatutoryCalendarRepository) {}

  @Get()
  @LogsRead('calendar.printed_deadlines')
  @ApiOperation({ summary: 'Open cases whose printed deadline falls on a day off (scoped)' })
  @ApiOkResponse({ type: [PrintedDeadlineOnDayOffView] })
  list(@CurrentUser() user: AuthenticatedUser) {
    return this.calendar.printedDeadlinesOnDaysOff(caseScopeOf(user));
  }
}
