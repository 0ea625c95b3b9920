import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Permit } from '../authz/permit.decorator';
import { LedgerFilterQuery } from '../cases/dto/list-cases.query';
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
  @ApiOkResponse({ content: { 'text/csv': { schema: { type: 'string' } } } })
  @ApiOperation({ summary: 'Download the ledger as CSV (UTF-8 with BOM, for Excel)' })
  csv(
    @Query() filter: LedgerFilterQuery,
    @Res() response: Response,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.exports.export('csv', filter, response, user);
  }

  @Get('export.xlsx')
  @ApiOkResponse({
    content: {
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
        schema: { type: 'string', format: 'binary' },
      },
    },
  })
  @ApiOperation({ summary: 'Download the ledger as an Excel workbook, one sheet 隐患台账' })
  xlsx(
    @Query() filter: LedgerFilterQuery,
    @Res() response: Response,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.exports.export('xlsx', filter, response, user);
  }
}
