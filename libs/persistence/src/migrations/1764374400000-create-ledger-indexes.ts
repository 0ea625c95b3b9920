import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the hazard ledger (隐患台账) as HazardCaseLedgerRepository queries it: every page is
 * sorted by (next_due_at NULLS LAST, case_number), and free text is matched with ILIKE '%…%'
 * against the address and the responsible party. On a million generated cases (`npm run bench`,
 * docs/benchmarks.md) these take the first page of the whole ledger, a department's overdue
 * cases and a text search from a sequential scan and sort of the table to an index walk.
 *
 * pg_trgm ships with PostgreSQL's contrib (the embedded server and the postgres image have it)
 * and is a trusted extension, so the database owner may create it.
 */
export class CreateLedgerIndexes1764374400000 implements MigrationInterface {
  name = 'CreateLedgerIndexes1764374400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The ledger's own order; the default btree order (ASC NULLS LAST) is the ledger's.
    await queryRunner.query(
      `CREATE INDEX hazard_case_ledger_order ON hazard_case (next_due_at, case_number)`,
    );
    // A department's cases in ledger order; its overdue cases come first in that order.
    await queryRunner.query(
      `CREATE INDEX hazard_case_department_ledger_order ON hazard_case (department, next_due_at, case_number)`,
    );
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE INDEX hazard_case_address_trgm ON hazard_case USING gin (address gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX hazard_case_responsible_party_trgm ON hazard_case USING gin (responsible_party gin_trgm_ops)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX hazard_case_responsible_party_trgm`);
    await queryRunner.query(`DROP INDEX hazard_case_address_trgm`);
    await queryRunner.query(`DROP INDEX hazard_case_department_ledger_order`);
    await queryRunner.query(`DROP INDEX hazard_case_ledger_order`);
    // pg_trgm stays: other objects may have come to depend on it since.
  }
}
