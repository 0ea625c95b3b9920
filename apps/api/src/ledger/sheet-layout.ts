/**
 * A spreadsheet as the ledger's writers see it: columns, then rows of cells in column order.
 * The codes layout (format=codes) and the office's layout (隐患台账, the default) are two of
 * these; the CSV and XLSX writers know nothing of either.
 */
export type SheetCell = string | number | boolean | null;

export interface SheetColumn {
  readonly header: string;
  /** In Excel's character widths. */
  readonly width: number;
  /**
   * `instant`: an ISO 8601 instant, written in Beijing time (a date cell in XLSX, `YYYY-MM-DD
   * HH:mm` in CSV); `raw`: the value exactly as the API's JSON has it; `text` wraps in XLSX.
   */
  readonly kind: 'raw' | 'text' | 'number' | 'instant';
}

/** What the XLSX puts above the header and how it prints; the CSV has the header alone. */
export interface SheetPrintLayout {
  /** The title row, e.g. …太白街道消防安全隐患台账. */
  readonly title: string;
  /** The line under it: when it was exported and with which filters. */
  readonly subtitle: string;
}

export interface SheetLayout {
  readonly sheetName: string;
  readonly columns: readonly SheetColumn[];
  /** Absent: a plain sheet (header in row 1, frozen), as the codes export has always been. */
  readonly print?: SheetPrintLayout;
}

export type SheetRows = AsyncIterable<readonly (readonly SheetCell[])[]>;
