import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Failed logins, counted in PostgreSQL so that every api replica sees the same count when it
 * decides to answer 429; and the access log of auditors' reads, append-only like the audit trail.
 */
export class CreateLoginFailureAndAccessLog1764385200000 implements MigrationInterface {
  name = 'CreateLoginFailureAndAccessLog1764385200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE login_failure (
        id        bigserial PRIMARY KEY,
        username  text NOT NULL,
        client_ip text NOT NULL,
        failed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX login_failure_username ON login_failure (username, failed_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX login_failure_ip ON login_failure (client_ip, failed_at)`,
    );
    await queryRunner.query(`
      CREATE TABLE access_log (
        id          bigserial PRIMARY KEY,
        user_id     uuid NOT NULL,
        username    text NOT NULL,
        role        text NOT NULL,
        action      text NOT NULL,
        subject     text NOT NULL,
        accessed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE FUNCTION access_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'access_log is append-only';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER access_log_no_change BEFORE UPDATE OR DELETE ON access_log
        FOR EACH ROW EXECUTE FUNCTION access_log_append_only()`);
    await queryRunner.query(`
      CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
        FOR EACH STATEMENT EXECUTE FUNCTION access_log_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE access_log`);
    await queryRunner.query(`DROP FUNCTION access_log_append_only()`);
    await queryRunner.query(`DROP TABLE login_failure`);
  }
}
