import type { MigrationInterface, QueryRunner } from 'typeorm';

const APP_ROLE = 'firecase_app';

/**
 * The admin log (管理操作日志): users created, changed, disabled, enabled, their passwords reset;
 * departments and communities created; calendar years loaded; policy changed. Append-only like
 * the access log, which gains the case a read was about, so auditors can filter by case; both
 * get the indexes of the auditor API's filters (by user, by case, by time), newest first.
 */
export class CreateAdminLogAndIndexAccessLog1764600200000 implements MigrationInterface {
  name = 'CreateAdminLogAndIndexAccessLog1764600200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE admin_log (
        id             bigserial PRIMARY KEY,
        actor_id       uuid,
        actor_username text NOT NULL,
        actor_role     text NOT NULL,
        action         text NOT NULL,
        target_kind    text NOT NULL,
        target_id      text NOT NULL,
        detail         jsonb,
        occurred_at    timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TRIGGER admin_log_refuse_update_delete BEFORE UPDATE OR DELETE ON admin_log
        FOR EACH ROW EXECUTE FUNCTION append_only_refuse_change()`);
    await queryRunner.query(`
      CREATE TRIGGER admin_log_refuse_truncate BEFORE TRUNCATE ON admin_log
        FOR EACH STATEMENT EXECUTE FUNCTION append_only_refuse_change()`);
    await queryRunner.query(
      `REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON admin_log FROM ${APP_ROLE}`,
    );
    await queryRunner.query(`CREATE INDEX admin_log_actor ON admin_log (actor_id, id)`);
    await queryRunner.query(
      `CREATE INDEX admin_log_target ON admin_log (target_kind, target_id, id)`,
    );
    // Rows arrive in time order, so a BRIN index serves time ranges at almost no write cost.
    await queryRunner.query(
      `CREATE INDEX admin_log_occurred_at ON admin_log USING brin (occurred_at)`,
    );

    await queryRunner.query(`ALTER TABLE access_log ADD COLUMN case_number text`);
    await queryRunner.query(`CREATE INDEX access_log_user ON access_log (user_id, id)`);
    await queryRunner.query(
      `CREATE INDEX access_log_case ON access_log (case_number, id) WHERE case_number IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX access_log_accessed_at ON access_log USING brin (accessed_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX access_log_accessed_at`);
    await queryRunner.query(`DROP INDEX access_log_case`);
    await queryRunner.query(`DROP INDEX access_log_user`);
    await queryRunner.query(`ALTER TABLE access_log DROP COLUMN case_number`);
    await queryRunner.query(`DROP TABLE admin_log`);
  }
}
