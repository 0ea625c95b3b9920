import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Progress reports (消防安全隐患排查整治工作进展情况) as the Schedule generated them, one per kind
 * and period, kept as PDF and XLSX with their hashes; and the two indexes a report's period
 * counts read (cases discovered and closed during a week or a month).
 */
export class CreateProgressReport1764900000003 implements MigrationInterface {
  name = 'CreateProgressReport1764900000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE progress_report (
        id           bigserial PRIMARY KEY,
        kind         text NOT NULL CHECK (kind IN ('weekly', 'monthly')),
        period_start timestamptz NOT NULL,
        period_end   timestamptz NOT NULL CHECK (period_end > period_start),
        generated_at timestamptz NOT NULL,
        pdf          bytea NOT NULL,
        xlsx         bytea NOT NULL,
        pdf_sha256   text NOT NULL CHECK (pdf_sha256 ~ '^[0-9a-f]{64}$'),
        xlsx_sha256  text NOT NULL CHECK (xlsx_sha256 ~ '^[0-9a-f]{64}$'),
        UNIQUE (kind, period_start)
      )`);
    await queryRunner.query(`CREATE INDEX hazard_case_discovered ON hazard_case (discovered_at)`);
    await queryRunner.query(
      `CREATE INDEX hazard_case_closed ON hazard_case (closed_at) WHERE closed_at IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX hazard_case_closed`);
    await queryRunner.query(`DROP INDEX hazard_case_discovered`);
    await queryRunner.query(`DROP TABLE progress_report`);
  }
}
