import {
  categoryLabel,
  departmentLabel,
  hazardTypeLabel,
  LEDGER_FIELD_LABELS,
  type LedgerField,
  labelOf,
  SEVERITY_LABELS,
  STATUS_LABELS,
  yesNoLabel,
} from '@firecase/domain';
import type { LedgerRow, LedgerRowDetails } from '@firecase/persistence';
import type { SheetCell, SheetColumn, SheetLayout, SheetPrintLayout } from './sheet-layout';

export const LEDGER_SHEET_NAME = '隐患台账';

/** Community (村/社区) and grid (网格) codes as the organisation names them. */
export interface OrganisationNames {
  community(code: string): string;
  grid(community: string, grid: string): string;
}

/** One line of the office's ledger: its number (序号) and what it shows. */
export interface OfficeLedgerLine {
  readonly index: number;
  readonly row: LedgerRow;
  /** Absent for a case whose row vanished between the page and its details (left blank). */
  readonly details: LedgerRowDetails | undefined;
  readonly names: OrganisationNames;
}

interface OfficeColumn {
  readonly field: LedgerField;
  readonly width: number;
  readonly kind: SheetColumn['kind'];
  readonly cell: (line: OfficeLedgerLine) => SheetCell;
}

/**
 * The office's own columns (隐患台账), in the order its spreadsheets have them, with every code
 * in Chinese. The widths add up to 213 characters: on A4 landscape, scaled to the page's width,
 * that prints at about two thirds of full size, text wrapping within its cell.
 */
const OFFICE_COLUMNS: readonly OfficeColumn[] = [
  { field: 'rowNumber', width: 4.5, kind: 'number', cell: (l) => l.index },
  { field: 'caseNumber', width: 14.5, kind: 'raw', cell: (l) => l.row.caseNumber },
  { field: 'discoveredAt', width: 11, kind: 'instant', cell: (l) => l.row.discoveredAt },
  {
    field: 'community',
    width: 11,
    kind: 'text',
    cell: (l) => l.names.community(l.row.community),
  },
  {
    field: 'grid',
    width: 9,
    kind: 'text',
    cell: (l) => (l.row.grid === null ? null : l.names.grid(l.row.community, l.row.grid)),
  },
  { field: 'building', width: 11, kind: 'text', cell: (l) => l.details?.building ?? null },
  { field: 'address', width: 15, kind: 'text', cell: (l) => l.row.address },
  { field: 'category', width: 10, kind: 'text', cell: (l) => categoryLabel(l.row.category) },
  { field: 'hazardType', width: 14, kind: 'text', cell: (l) => hazardTypeLabel(l.row.hazardType) },
  { field: 'description', width: 20, kind: 'text', cell: (l) => l.details?.description ?? null },
  {
    field: 'severity',
    width: 9,
    kind: 'raw',
    cell: (l) => labelOf(SEVERITY_LABELS, l.row.severity),
  },
  { field: 'responsibleParty', width: 14, kind: 'text', cell: (l) => l.row.responsibleParty },
  { field: 'contactAndPhone', width: 13, kind: 'text', cell: (l) => contactOf(l.details) },
  { field: 'department', width: 8, kind: 'text', cell: (l) => departmentLabel(l.row.department) },
  { field: 'deadlineAt', width: 11, kind: 'instant', cell: (l) => l.row.deadlineAt },
  { field: 'status', width: 10, kind: 'raw', cell: (l) => labelOf(STATUS_LABELS, l.row.status) },
  {
    field: 'reinspectedAt',
    width: 11,
    kind: 'instant',
    cell: (l) => l.details?.reinspectedAt ?? null,
  },
  { field: 'closedAt', width: 11, kind: 'instant', cell: (l) => l.row.closedAt },
  { field: 'overdue', width: 6, kind: 'raw', cell: (l) => yesNoLabel(l.row.overdue) },
];

/** The office's layout; the XLSX prints `print` above the header. */
export function officeLayout(print: SheetPrintLayout): SheetLayout {
  return {
    sheetName: LEDGER_SHEET_NAME,
    print,
    columns: OFFICE_COLUMNS.map(({ field, width, kind }) => ({
      header: LEDGER_FIELD_LABELS[field],
      width,
      kind,
    })),
  };
}

export function officeCells(line: OfficeLedgerLine): SheetCell[] {
  return OFFICE_COLUMNS.map((column) => column.cell(line));
}

/** 联系人及电话: "刘洋 023-5800-1234", or whichever of the two is known. */
function contactOf(details: LedgerRowDetails | undefined): string | null {
  const parts = [details?.contactPerson, details?.phone].filter((part) => part);
  return parts.length > 0 ? parts.join(' ') : null;
}
