import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The append-only audit trail. Each row is hashed on its predecessor in the same case (see
 * audit/audit-hash.ts), and the database itself refuses UPDATE, DELETE and TRUNCATE, so an
 * alteration needs a superuser disabling triggers, and then shows in the chain.
 */
export class CreateAuditEvent1764360000000 implements MigrationInterface {
  name = 'CreateAuditEvent1764360000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // occurred_at keeps milliseconds only, as JavaScript does: a microsecond change would
    // otherwise vanish on the way back and not show in the hash.
    await queryRunner.query(`
      CREATE TABLE audit_event (
        case_number text NOT NULL,
        seq         integer NOT NULL CHECK (seq >= 1),
        occurred_at timestamptz(3) NOT NULL,
        event_type  text NOT NULL,
        actor_id    text NOT NULL,
        actor_name  text NOT NULL,
        actor_role  text NOT NULL,
        summary     text NOT NULL,
        detail      jsonb,
        prev_hash   text,
        hash        text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (case_number, seq),
        CONSTRAINT audit_event_first_has_no_predecessor CHECK ((seq = 1) = (prev_hash IS NULL))
      )`);
    await queryRunner.query(`
      CREATE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP
          USING HINT = 'audit events are corrected by appending a new event, never by changing one';
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_event_refuse_update_delete
        BEFORE UPDATE OR DELETE ON audit_event
        FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_event_refuse_truncate
        BEFORE TRUNCATE ON audit_event
        FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_event_refuse_truncate ON audit_event`);
    await queryRunner.query(`DROP TRIGGER audit_event_refuse_update_delete ON audit_event`);
    await queryRunner.query(`DROP FUNCTION audit_event_refuse_change()`);
    await queryRunner.query(`DROP TABLE audit_event`);
  }
}
