import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/**
 * A case as PostgreSQL holds it: the read-model row's keys for scope checks and the snapshot
 * (the workflow's whole view at `revision`: state with its full timeline, obligations, next due).
 */
export interface CaseRecord {
  readonly caseNumber: string;
  readonly revision: number;
  readonly status: string;
  readonly department: string;
  readonly community: string;
  /** The CaseView the projection wrote; typed by the reader (persistence knows no contract). */
  readonly snapshot: unknown;
  readonly updatedAt: string;
}

/**
 * Reads a case's record (hazard_case). It outlives the workflow: Temporal deletes closed
 * workflows when the namespace's retention ends, and may be down; this row stays.
 */
@Injectable()
export class CaseRecordRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(caseNumber: string): Promise<CaseRecord | undefined> {
    const rows: {
      case_number: string;
      revision: number;
      status: string;
      department: string;
      community: string;
      snapshot: unknown;
      updated_at: Date;
    }[] = await this.dataSource.query(
      `SELECT case_number, revision, status, department, community, snapshot, updated_at
         FROM hazard_case WHERE case_number = $1`,
      [caseNumber],
    );
    if (rows.length === 0) return undefined;
    const [row] = rows;
    return {
      caseNumber: row.case_number,
      revision: row.revision,
      status: row.status,
      department: row.department,
      community: row.community,
      snapshot: row.snapshot,
      updatedAt: row.updated_at.toISOString(),
    };
  }

  /**
   * True when the number was handed out (its year's counter has passed it): the case exists, or
   * is being opened, even if its first projection has not landed yet.
   */
  async wasNumbered(caseNumber: string): Promise<boolean> {
    const match = /^TB-(\d{4})-(\d{6})$/.exec(caseNumber);
    if (!match) return false;
    const rows: unknown[] = await this.dataSource.query(
      'SELECT 1 FROM case_number_counter WHERE year = $1 AND last_number >= $2',
      [Number(match[1]), Number(match[2])],
    );
    return rows.length > 0;
  }
}
