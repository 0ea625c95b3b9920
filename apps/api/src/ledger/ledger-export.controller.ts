import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { LogsRead } from '../authz/logs-read.decorator';
import { Permit } from '../authz/permit.decorator';
import { LedgerExportQuery } from './dto/ledger-export.query';
import { LedgerExportService } from './ledger-export.service';

/**
 * The hazard ledger (隐患台账) as a file, with the filters and order of GET /cases. These routes
 * must be registered before GET /cases/:caseNumber, which would otherwise take `export.csv` for
 * a case number: LedgerModule is imported ahead of CasesModule in ApiModule for that reason.
 */
@ApiTags('cases')
@Permit('exportLedger')
@Controller('cases')
export class LedgerExportController {
  constructor(private readonly exports: LedgerExportService) {}

  @Get('export.csv')
  @LogsRead('ledger.export.csv', { before: true })
  @ApiOkResponse({ content: { 'text/csv': { schema: { type: 'string' } } } })
  @ApiOperation({
    summary: 'Download the ledger as CSV (UTF-8 with BOM, for Excel)',
    description:
      "The office's 隐患台账 (Chinese headers and values, Beijing time) by default; format=codes gives the columns of GET /cases.",
  })
  csv(
    @Query() query: LedgerExportQuery,
    @Res() response: Response,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.exports.export('csv', query, response, user);
  }

  @Get('export.xlsx')
  @LogsRead('ledger.export.xlsx', { before: true })
  @ApiOkResponse({
    content: {
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
        schema: { type: 'string', format: 'binary' },
      },
    },
  })
  @ApiOperation({
    summary: 'Download the ledger as an Excel workbook, one sheet 隐患台账',
    description:
      "By default the office's 隐患台账: a title row, Chinese headers and values, Beijing dates, printing on A4 landscape; format=codes gives the columns of GET /cases.",
  })
  xlsx(
    @Query() query: LedgerExportQuery,
    @Res() response: Response,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.exports.export('xlsx', query, response, user);
  }
}
