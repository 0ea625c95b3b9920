import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Permit } from '../authz/permit.decorator';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { CalendarService } from './calendar.service';
import { CalendarCoverageView, StatutoryYearLoadedView, StatutoryYearView } from './calendar.view';
import { StatutoryYearDto } from './dto/statutory-year.dto';
import { YearParam } from './year.param';

/** 法定节假日安排: the statutory calendar's years, for administrators. */
@ApiTags('admin')
@Permit('administer')
@Controller('admin/calendar/years')
export class CalendarAdminController {
  constructor(private readonly calendar: CalendarService) {}

  @Get()
  @ApiOperation({ summary: 'Each year covered, built in or loaded by the office, with warnings' })
  @ApiOkResponse({ type: CalendarCoverageView })
  coverage() {
    return this.calendar.coverage();
  }

  @Get(':year')
  @ApiOperation({ summary: "A year's holidays and adjusted working days, and its loads" })
  @ApiOkResponse({ type: StatutoryYearView })
  @ApiErrors(404)
  year(@YearParam() year: number) {
    return this.calendar.year(year);
  }

  @Put(':year')
  @ApiOperation({
    summary: "Load or replace a year from the State Council's notice; running cases are recounted",
  })
  @ApiOkResponse({
    type: StatutoryYearLoadedView,
    description: 'loaded (a bad day is 400 naming it, e.g. `holidays[3]`)',
  })
  load(
    @YearParam() year: number,
    @Body() body: StatutoryYearDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.calendar.load(year, body, user);
  }
}
