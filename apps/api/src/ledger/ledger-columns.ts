import type { LedgerRow } from '@firecase/persistence';
import type { SheetCell, SheetLayout } from './sheet-layout';
import { LEDGER_SHEET_NAME } from './office-ledger.layout';

/**
 * The machine columns (format=codes), named as in GET /cases, with their width in a spreadsheet.
 * A Record over every key of LedgerRow, so a column added to the read model cannot be left out
 * of the export.
 */
const COLUMN_WIDTHS: Record<keyof LedgerRow, number> = {
  caseNumber: 16,
  status: 22,
  category: 20,
  hazardType: 40,
  severity: 10,
  department: 22,
  community: 24,
  grid: 10,
  address: 40,
  responsibleParty: 36,
  deadlineAt: 26,
  nextDueAt: 26,
  nextDueKind: 22,
  escalationLevel: 10,
  overdue: 10,
  policyVersion: 14,
  discoveredAt: 26,
  closedAt: 26,
  provisionalYears: 12,
};

const KEYS = Object.keys(COLUMN_WIDTHS) as (keyof LedgerRow)[];

export const CODES_LAYOUT: SheetLayout = {
  sheetName: LEDGER_SHEET_NAME,
  columns: KEYS.map((key) => ({ header: key, width: COLUMN_WIDTHS[key], kind: 'raw' })),
};

/** A ledger row's cells in the codes layout: every value as the JSON has it (lists joined). */
export function codesCells(row: LedgerRow): SheetCell[] {
  return KEYS.map((key) => cellOf(row[key]));
}

function cellOf(value: unknown): SheetCell {
  if (Array.isArray(value)) return value.join(',');
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) {
    return value as SheetCell;
  }
  return JSON.stringify(value);
}
