import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { LedgerFilterQuery } from '../cases/dto/list-cases.query';
import { LedgerExportService } from './ledger-export.service';

/**
 * The hazard ledger (隐患台账) as a file, with the filters and order of GET /cases. These routes
 * must be registered before GET /cases/:caseNumber, which would otherwise take `export.csv` for
 * a case number: LedgerModule is imported ahead of CasesModule in ApiModule for that reason.
 */
@ApiTags('cases')
@Controller('cases')
export class LedgerExportController {
  constructor(private readonly exports: LedgerExportService) {}

  @Get('export.csv')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'Download the ledger as CSV (UTF-8 with BOM, for Excel)' })
  csv(@Query() filter: LedgerFilterQuery, @Res() response: Response) {
    return this.exports.export('csv', filter, response);
  }

  @Get('export.xlsx')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOperation({ summary: 'Download the ledger as an Excel workbook, one sheet 隐患台账' })
  xlsx(@Query() filter: LedgerFilterQuery, @Res() response: Response) {
    return this.exports.export('xlsx', filter, response);
  }
}
