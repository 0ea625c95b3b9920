import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCaseNotification1764356400000 implements MigrationInterface {
  name = 'CreateCaseNotification1764356400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE case_notification (
        id           bigserial PRIMARY KEY,
        dedupe_key   text NOT NULL UNIQUE,
        case_number  text NOT NULL,
        audience     text NOT NULL,
        kind         text NOT NULL,
        message      text NOT NULL,
        created_at   timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX case_notification_undelivered ON case_notification (created_at) WHERE delivered_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX case_notification_case ON case_notification (case_number)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE case_notification`);
  }
}
