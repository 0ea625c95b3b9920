import type { Client } from 'pg';
import type { LedgerCursor, LedgerFilter } from '@firecase/persistence';

/** One typical ledger screen: the repository's call, and the same page in hand-written SQL. */
export interface LedgerQuery {
  readonly name: string;
  readonly filter: LedgerFilter;
  readonly after?: LedgerCursor;
  readonly sql: string;
  readonly params: readonly unknown[];
  /**
   * The repository's query for it needs the measured migration (the text searches); without
   * the migration, the plain SQL is exactly what the repository ran before it.
   */
  readonly needsMeasuredMigration?: boolean;
}

/** GET /cases asks the repository for a page of 50 plus one row, to know if another follows. */
export const PAGE_LIMIT = 51;

const COLUMNS = `case_number, status, category, hazard_type, severity, department, community, grid,
  address, responsible_party, deadline_at, next_due_at, next_due_kind, escalation_level, overdue,
  policy_version, discovered_at, closed_at`;
const ORDER = 'ORDER BY next_due_at ASC NULLS LAST, case_number ASC';

/**
 * Searches an office makes, over the generated rows' Chinese addresses and parties: two
 * characters (most Chinese words) common, rare and absent (光网 only in 星光网吧), and longer
 * terms.
 */
export const TEXT_SEARCHES: readonly (readonly [string, string])[] = [
  ['太白', '2 characters, ~5 % of rows'],
  ['物业', '2 characters, ~14 %'],
  ['孙浩', '2 characters, a person, ~1 %'],
  ['光网', '2 characters, ~0.2 %'],
  ['鑫源', '2 characters, in no row'],
  ['绿叶物业服务有限公司', 'a company, ~0.2 %'],
  ['太白路128号', 'an address, ~0.01 %'],
];

/** A reader paging 50 at a time reaches row 50,000 on page 1,001 (or half way, on a small table). */
const DEEP_ROW = 50_000;

export async function typicalLedgerQueries(pg: Client, tableRows: number): Promise<LedgerQuery[]> {
  const deepRow = Math.min(DEEP_ROW, Math.floor(tableRows / 2));
  const { rows } = await pg.query<{ next_due_at: Date | null; case_number: string }>(
    `SELECT next_due_at, case_number FROM hazard_case ${ORDER} OFFSET $1 LIMIT 1`,
    [deepRow - 1],
  );
  const queries: LedgerQuery[] = [
    {
      name: 'whole ledger, first page',
      filter: {},
      sql: `SELECT ${COLUMNS} FROM hazard_case ${ORDER} LIMIT ${PAGE_LIMIT}`,
      params: [],
    },
    {
      name: 'department + overdue, first page',
      filter: { department: 'emergency', overdue: true },
      sql: `SELECT ${COLUMNS} FROM hazard_case WHERE department = $1 AND overdue ${ORDER} LIMIT ${PAGE_LIMIT}`,
      params: ['emergency'],
    },
    {
      name: 'community + status, first page',
      filter: { community: '开元社区', status: 'rectifying' },
      sql: `SELECT ${COLUMNS} FROM hazard_case WHERE community = $1 AND status = $2 ${ORDER} LIMIT ${PAGE_LIMIT}`,
      params: ['开元社区', 'rectifying'],
    },
    ...TEXT_SEARCHES.map(([text, note]): LedgerQuery => ({
      name: `text search "${text}" (${note})`,
      filter: { text },
      // Plain SQL as one writes it by hand: ILIKE, which no index serves for two characters.
      sql: `SELECT ${COLUMNS} FROM hazard_case WHERE address ILIKE $1 OR responsible_party ILIKE $1 ${ORDER} LIMIT ${PAGE_LIMIT}`,
      params: [`%${text}%`],
      needsMeasuredMigration: true,
    })),
  ];
  const cursor = rows[0];
  const deepPage = `whole ledger, keyset page after row ${deepRow.toLocaleString('en')}`;
  if (cursor?.next_due_at) {
    // By hand: the rows after the cursor as one index range (a row-value comparison), then the
    // undated tail, instead of the repository's OR of three predicates that no index can bound.
    queries.push({
      name: deepPage,
      filter: {},
      after: { nextDueAt: cursor.next_due_at.toISOString(), caseNumber: cursor.case_number },
      sql: `(SELECT ${COLUMNS} FROM hazard_case WHERE (next_due_at, case_number) > ($1, $2)
               ORDER BY next_due_at, case_number LIMIT ${PAGE_LIMIT})
            UNION ALL
            (SELECT ${COLUMNS} FROM hazard_case WHERE next_due_at IS NULL
               ORDER BY case_number LIMIT ${PAGE_LIMIT})
            ${ORDER} LIMIT ${PAGE_LIMIT}`,
      params: [cursor.next_due_at, cursor.case_number],
    });
  } else if (cursor) {
    queries.push({
      name: deepPage,
      filter: {},
      after: { nextDueAt: null, caseNumber: cursor.case_number },
      sql: `SELECT ${COLUMNS} FROM hazard_case
             WHERE next_due_at IS NULL AND case_number > $1 ${ORDER} LIMIT ${PAGE_LIMIT}`,
      params: [cursor.case_number],
    });
  }
  return queries;
}
