import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/** An open case as the digest reads it: its number, address and what is owed on it. */
export interface OpenCaseSummary {
  readonly caseNumber: string;
  readonly address: string;
  readonly obligations: readonly {
    readonly kind: string;
    readonly owner: string;
    readonly dueAt?: string;
  }[];
}

/** Reads of the case read model (`hazard_case.snapshot`, kept by the projection activity). */
@Injectable()
export class CaseSnapshotRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The case view the read model holds, or undefined when the case is not projected yet. */
  async view(
    caseNumber: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<unknown> {
    const rows: { snapshot: unknown }[] = await manager.query(
      `SELECT snapshot FROM hazard_case WHERE case_number = $1`,
      [caseNumber],
    );
    return rows[0]?.snapshot;
  }

  /** Open cases an officer carries (承办人: assigned, or registered when none was assigned). */
  async openCasesOfOfficer(userId: string): Promise<OpenCaseSummary[]> {
    return this.open(
      `coalesce(snapshot #>> '{state,assignedOfficer,userId}',
                snapshot #>> '{state,registeredBy,userId}') = $1`,
      userId,
    );
  }

  async openCasesOfDepartment(department: string): Promise<OpenCaseSummary[]> {
    return this.open('department = $1', department);
  }

  private async open(where: string, param: string): Promise<OpenCaseSummary[]> {
    const rows: { case_number: string; address: string; obligations: unknown }[] =
      await this.dataSource.query(
        `SELECT case_number, address, snapshot -> 'obligations' AS obligations FROM hazard_case
          WHERE status NOT IN ('closed', 'voided') AND ${where} ORDER BY next_due_at, case_number`,
        [param],
      );
    return rows.map((row) => ({
      caseNumber: row.case_number,
      address: row.address,
      obligations: Array.isArray(row.obligations)
        ? (row.obligations as OpenCaseSummary['obligations'])
        : [],
    }));
  }
}
