import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { LedgerFilterQuery } from '../../cases/dto/list-cases.query';

export const LEDGER_EXPORT_LAYOUTS = ['office', 'codes'] as const;
export type LedgerExportLayout = (typeof LEDGER_EXPORT_LAYOUTS)[number];

/** The ledger's filters, and which columns the file has. */
export class LedgerExportQuery extends LedgerFilterQuery {
  /**
   * `office` (the default): the office's own 隐患台账, Chinese headers and values, Beijing time;
   * `codes`: the columns and values of GET /cases, for machines.
   */
  @ApiPropertyOptional({ enum: LEDGER_EXPORT_LAYOUTS, default: 'office' })
  @IsOptional()
  @IsIn(LEDGER_EXPORT_LAYOUTS)
  format?: LedgerExportLayout;
}
