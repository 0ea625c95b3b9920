import type { LedgerRow } from '@firecase/persistence';

/**
 * The exported columns, named as in GET /cases, with their width in a spreadsheet. A Record over
 * every key of LedgerRow, so a column added to the read model cannot be left out of the export.
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

export interface LedgerColumn {
  readonly key: keyof LedgerRow;
  readonly width: number;
}

export const LEDGER_COLUMNS: readonly LedgerColumn[] = Object.entries(COLUMN_WIDTHS).map(
  ([key, width]) => ({ key: key as keyof LedgerRow, width }),
);
