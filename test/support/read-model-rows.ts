import type { DataSource } from 'typeorm';

/** A read-model row as the case projection writes it, with only what a test cares about. */
export interface ReadModelRow {
  readonly status: string;
  readonly discoveredAt: string;
  readonly community: string;
  readonly department?: string;
  readonly category?: string;
  readonly hazardType?: string;
  readonly severity?: string;
  readonly grid?: string | null;
  readonly address?: string;
  readonly overdue?: boolean;
  readonly deadlineAt?: string | null;
  readonly nextDueAt?: string | null;
  readonly closedAt?: string | null;
  readonly escalationLevel?: number;
  /** Recorded at registration: the snapshot's discovery.campaignId. */
  readonly campaignId?: string;
}

/**
 * Writes read-model rows straight into hazard_case (as the projection would, snapshot included)
 * under case numbers of a year no real case has, and removes them again: for tests of the SQL
 * that reads the read model, where driving a hundred cases through their workflows to the states
 * wanted would take weeks of their timers.
 */
let next = Math.floor(Math.random() * 900_000);

export function readModelRows(database: () => DataSource, department = 'cultural_service') {
  const numbers: string[] = [];
  return {
    numbers,
    async insert(row: ReadModelRow): Promise<string> {
      next = (next + 1) % 1_000_000;
      const caseNumber = `TB-1999-${String(next).padStart(6, '0')}`;
      numbers.push(caseNumber);
      const snapshot = {
        state: { discovery: row.campaignId ? { campaignId: row.campaignId } : {} },
      };
      await database().query(
        `INSERT INTO hazard_case (case_number, revision, status, category, hazard_type, severity,
           department, community, grid, address, responsible_party, policy_version, discovered_at,
           deadline_at, next_due_at, next_due_kind, escalation_level, overdue, closed_at, snapshot)
         VALUES ($1, 1, $2, $3, $4, $5, $6, $7, $8, $9, '测试物业公司', 'v', $10, $11, $12, NULL, $13,
           $14, $15, $16)`,
        [
          caseNumber,
          row.status,
          row.category ?? 'high_rise',
          row.hazardType ?? 'high_rise.fire_passage_occupied',
          row.severity ?? 'general',
          row.department ?? department,
          row.community,
          row.grid === undefined ? 'G-01' : row.grid,
          row.address ?? '太白路1号',
          row.discoveredAt,
          row.deadlineAt ?? null,
          row.nextDueAt ?? null,
          row.escalationLevel ?? 0,
          row.overdue ?? false,
          row.closedAt ?? null,
          JSON.stringify(snapshot),
        ],
      );
      return caseNumber;
    },
    async removeAll(): Promise<void> {
      await database().query(`DELETE FROM hazard_case WHERE case_number = ANY($1)`, [numbers]);
    },
  };
}
