import { Injectable, NotFoundException } from '@nestjs/common';
import { Client } from '@temporalio/client';
import type { ValidationError } from 'class-validator';
import {
  calendarWarnings,
  chinaLocalDate,
  type StatutoryYear,
  validateYearEntry,
} from '@firecase/calendar';
import {
  CASE_TASK_QUEUE,
  STATUTORY_YEAR_RECOUNT_WORKFLOW,
  statutoryYearRecountWorkflowId,
} from '@firecase/contract';
import { StatutoryCalendarRepository } from '@firecase/persistence';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { AdminLogService } from '../audit-log/admin-log.service';
import { FieldValidationException } from '../errors/field-validation.exception';
import type { StatutoryYearDto } from './dto/statutory-year.dto';

/** A year as the administrator sees it in the coverage list. */
export interface YearCoverage {
  readonly year: number;
  readonly source: 'built_in' | 'administered';
  readonly document?: string;
  readonly library?: string;
  readonly loadedBy?: string;
  readonly loadedAt?: string;
  readonly holidays: number;
  readonly adjustedWorkingDays: number;
}

/**
 * 法定节假日安排: the office keeps the statutory calendar current. A loaded year replaces the
 * library's for that year; every running case with a deadline counted provisionally through it is
 * then recounted by a workflow, each case recording it.
 */
@Injectable()
export class CalendarService {
  constructor(
    private readonly calendar: StatutoryCalendarRepository,
    private readonly client: Client,
    private readonly adminLog: AdminLogService,
  ) {}

  async coverage(today = chinaLocalDate(new Date())) {
    const calendar = await this.calendar.calendar();
    const years = calendar.years().map(coverageOf);
    return { years, warnings: calendarWarnings(calendar.coveredYears(), today) };
  }

  async year(year: number) {
    const found = (await this.calendar.calendar()).year(year);
    if (!found) throw new NotFoundException(`no statutory calendar for ${year}`);
    return {
      ...coverageOf(found),
      holidayDays: days(found.holidays),
      adjustedWorkingDayList: days(found.adjustedWorkingDays),
      loads: await this.calendar.loadsOf(year),
    };
  }

  async load(year: number, body: StatutoryYearDto, user: AuthenticatedUser) {
    const entry = { year, ...body };
    const problems = validateYearEntry(entry);
    if (problems.length > 0) throw new FieldValidationException(asValidationErrors(problems));
    const loaded = await this.calendar.load(
      entry,
      { userId: user.id, name: user.displayName },
      (manager, load) =>
        this.adminLog.recordAdminAction(
          user,
          'calendar.year_loaded',
          { kind: 'calendar_year', id: String(year) },
          {
            document: body.document,
            holidays: body.holidays.length,
            adjustedWorkingDays: body.adjustedWorkingDays.length,
            replaced: load.replaced,
            loadId: load.loadId,
          },
          manager,
        ),
    );
    const workflowId = statutoryYearRecountWorkflowId(year, loaded.loadId);
    await this.client.workflow.start(STATUTORY_YEAR_RECOUNT_WORKFLOW, {
      taskQueue: CASE_TASK_QUEUE,
      workflowId,
      args: [{ year, document: body.document, loadedAt: loaded.loadedAt, loadId: loaded.loadId }],
    });
    return { ...loaded, recount: { workflowId } };
  }
}

function coverageOf(year: StatutoryYear): YearCoverage {
  const base = {
    year: year.year,
    holidays: year.holidays.size,
    adjustedWorkingDays: year.adjustedWorkingDays.size,
  };
  return year.source.kind === 'built_in'
    ? { ...base, source: 'built_in', library: year.source.library }
    : {
        ...base,
        source: 'administered',
        document: year.source.document,
        loadedBy: year.source.loadedBy,
        loadedAt: year.source.loadedAt,
      };
}

function days(map: ReadonlyMap<string, string>) {
  return [...map.entries()].sort().map(([date, name]) => ({ date, name }));
}

/** `holidays[3]: reason` → the nested shape FieldValidationException names as holidays[3]. */
function asValidationErrors(
  problems: readonly { field: string; date: string; reason: string }[],
): ValidationError[] {
  const byList = new Map<string, ValidationError>();
  for (const problem of problems) {
    const [, list, index] = /^(\w+)\[(\d+)\]$/.exec(problem.field)!;
    let parent = byList.get(list);
    if (!parent) {
      parent = { property: list, children: [] };
      byList.set(list, parent);
    }
    parent.children!.push({
      property: index,
      value: problem.date,
      constraints: { statutoryCalendar: problem.reason },
      children: [],
    });
  }
  return [...byList.values()];
}
