import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { REPORT_KIND_LABELS, type ReportKind } from '@firecase/domain';
import { REPORT_TITLE } from '@firecase/notices';
import { LogsRead } from '../authz/logs-read.decorator';
import { Permit } from '../authz/permit.decorator';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { ApiSerialIdParam } from '../openapi/api-params.decorator';
import { StoredReportView } from './progress-report.view';
import { ListReportsQuery, ProgressReportQuery } from './progress-report.query';
import { ProgressReportService } from './progress-report.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FILE = { schema: { type: 'string', format: 'binary' } } as const;
const PDF_FILE = { content: { 'application/pdf': FILE } } as const;
const XLSX_FILE = { content: { [XLSX]: FILE } } as const;

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ProgressReportService) {}

  // Before ':id.pdf', so that "progress" is not taken for an id.
  @Get('progress.pdf')
  @Permit('readReports')
  // The report's overdue list names cases, addresses and parties: its files are logged reads.
  @LogsRead('report.pdf')
  @ApiOkResponse(PDF_FILE)
  @ApiOperation({
    summary: '消防安全隐患排查整治工作进展情况 (weekly or monthly) as a PDF, on demand',
  })
  async progressPdf(@Query() query: ProgressReportQuery) {
    const { pdf, period } = await this.reports.onDemand(query.kind, query.date);
    return file(pdf, 'application/pdf', name(query.kind, period.startsAt, 'pdf'));
  }

  @Get('progress.xlsx')
  @Permit('readReports')
  @LogsRead('report.xlsx')
  @ApiOkResponse(XLSX_FILE)
  @ApiOperation({ summary: 'The same report as an XLSX workbook, on demand' })
  async progressXlsx(@Query() query: ProgressReportQuery) {
    const { xlsx, period } = await this.reports.onDemand(query.kind, query.date);
    return file(xlsx, XLSX, name(query.kind, period.startsAt, 'xlsx'));
  }

  @Get()
  @Permit('readReports')
  @ApiOperation({ summary: 'The reports the Schedules generated, newest first' })
  @ApiOkResponse({ type: [StoredReportView] })
  list(@Query() query: ListReportsQuery) {
    return this.reports.list(query.kind);
  }

  @Get(':id.pdf')
  @Permit('readReports')
  @LogsRead('report.pdf')
  @ApiSerialIdParam('id')
  @ApiOkResponse(PDF_FILE)
  @ApiErrors(404)
  @ApiOperation({ summary: 'A generated report as a PDF' })
  async storedPdf(@Param('id') id: string) {
    const report = await this.reports.stored(id);
    return file(report.pdf, 'application/pdf', name(report.kind, report.periodStart, 'pdf'));
  }

  @Get(':id.xlsx')
  @Permit('readReports')
  @LogsRead('report.xlsx')
  @ApiSerialIdParam('id')
  @ApiOkResponse(XLSX_FILE)
  @ApiErrors(404)
  @ApiOperation({ summary: 'A generated report as an XLSX workbook' })
  async storedXlsx(@Param('id') id: string) {
    const report = await this.reports.stored(id);
    return file(report.xlsx, XLSX, name(report.kind, report.periodStart, 'xlsx'));
  }
}

/** 消防安全隐患排查整治工作进展情况（周报）2024-02-12.pdf: the period's first day, in Beijing. */
function name(kind: ReportKind, periodStart: string, extension: string): string {
  const day = new Date(Date.parse(periodStart) + 8 * 3_600_000).toISOString().slice(0, 10);
  return `${REPORT_TITLE}（${REPORT_KIND_LABELS[kind]}）${day}.${extension}`;
}

function file(body: Buffer, type: string, filename: string): StreamableFile {
  return new StreamableFile(body, {
    type,
    length: body.length,
    disposition: `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`,
  });
}
