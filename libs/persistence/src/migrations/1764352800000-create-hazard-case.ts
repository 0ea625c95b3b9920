import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateHazardCase1764352800000 implements MigrationInterface {
  name = 'CreateHazardCase1764352800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE hazard_case (
        case_number       text PRIMARY KEY,
        revision          integer NOT NULL,
        status            text NOT NULL,
        category          text NOT NULL,
        hazard_type       text NOT NULL,
        severity          text NOT NULL,
        department        text NOT NULL,
        community         text NOT NULL,
        grid              text,
        address           text NOT NULL,
        responsible_party text NOT NULL,
        policy_version    text NOT NULL,
        discovered_at     timestamptz NOT NULL,
        deadline_at       timestamptz,
        next_due_at       timestamptz,
        next_due_kind     text,
        escalation_level  integer NOT NULL DEFAULT 0,
        overdue           boolean NOT NULL DEFAULT false,
        closed_at         timestamptz,
        snapshot          jsonb NOT NULL,
        created_at        timestamptz NOT NULL DEFAULT now(),
        updated_at        timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX hazard_case_status_next_due ON hazard_case (status, next_due_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX hazard_case_department_status ON hazard_case (department, status)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE hazard_case`);
  }
}
