import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccessLogRepository, AdminLogRepository, type LogPage } from '@firecase/persistence';
import { Permit } from '../authz/permit.decorator';
import { AccessLogPageView, AdminLogPageView, type LogPageAnswer } from './audit-log.view';
import { AccessLogQuery, AdminLogQuery } from './dto/log-query.dto';

/** For auditors only: who read which case data, and which administrative actions were taken. */
@ApiTags('audit')
@Permit('readAuditLogs')
@Controller('audit-log')
export class AuditLogController {
  constructor(
    private readonly accessLog: AccessLogRepository,
    private readonly adminLog: AdminLogRepository,
  ) {}

  @Get('access')
  @ApiOperation({
    summary: 'The access log: reads of case data, newest first, by user, case and time',
  })
  @ApiOkResponse({ type: AccessLogPageView })
  async access(@Query() query: AccessLogQuery) {
    return pageOf(await this.accessLog.page(pageRequest(query)));
  }

  @Get('admin')
  @ApiOperation({
    summary: 'The admin log: administrative actions, newest first, by user, case, action and time',
  })
  @ApiOkResponse({ type: AdminLogPageView })
  async admin(@Query() query: AdminLogQuery) {
    return pageOf(await this.adminLog.page({ ...pageRequest(query), action: query.action }));
  }
}

function pageRequest(query: AccessLogQuery) {
  return {
    userId: query.userId,
    caseNumber: query.caseNumber,
    from: query.from,
    to: query.to,
    limit: query.limit,
    before: query.cursor,
  };
}

function pageOf<T>(page: LogPage<T>): LogPageAnswer<T> {
  return page.nextBefore === undefined
    ? { items: page.items }
    : { items: page.items, nextCursor: page.nextBefore };
}
