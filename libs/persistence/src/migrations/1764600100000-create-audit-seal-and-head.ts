import type { MigrationInterface, QueryRunner } from 'typeorm';

const APP_ROLE = 'firecase_app';

/**
 * What anchors the audit trail to a key the database never sees (AUDIT_KEY, held by the api and
 * the worker): one keyed seal per event (HMAC of its hash, so of its content and everything
 * before it) and one keyed head per case (its last seq and hash), written with the events in one
 * transaction. Whoever can rewrite audit_event can recompute its SHA-256 chain, but not a seal;
 * and removing the last events leaves the head pointing past them.
 */
export class CreateAuditSealAndHead1764600100000 implements MigrationInterface {
  name = 'CreateAuditSealAndHead1764600100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION append_only_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP;
      END
      $$`);
    // No foreign key to audit_event: a seal outliving its event is evidence, not an error.
    await queryRunner.query(`
      CREATE TABLE audit_seal (
        case_number text NOT NULL,
        seq         integer NOT NULL CHECK (seq >= 1),
        key_id      text NOT NULL,
        mac         text NOT NULL CHECK (mac ~ '^[0-9a-f]{64}$'),
        sealed_at   timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (case_number, seq)
      )`);
    await queryRunner.query(`
      CREATE TRIGGER audit_seal_refuse_update_delete BEFORE UPDATE OR DELETE ON audit_seal
        FOR EACH ROW EXECUTE FUNCTION append_only_refuse_change()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_seal_refuse_truncate BEFORE TRUNCATE ON audit_seal
        FOR EACH STATEMENT EXECUTE FUNCTION append_only_refuse_change()`);

    await queryRunner.query(`
      CREATE TABLE audit_head (
        case_number text PRIMARY KEY,
        seq         integer NOT NULL CHECK (seq >= 1),
        hash        text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
        key_id      text NOT NULL,
        mac         text NOT NULL CHECK (mac ~ '^[0-9a-f]{64}$'),
        updated_at  timestamptz NOT NULL DEFAULT now()
      )`);
    // A head only moves forward: going back to an older head is what hiding a removed tail
    // would need, so the application's role cannot do it either.
    await queryRunner.query(`
      CREATE FUNCTION audit_head_only_forward() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'UPDATE' THEN
          RAISE EXCEPTION 'audit_head: % is not allowed', TG_OP;
        END IF;
        IF NEW.case_number <> OLD.case_number OR NEW.seq <= OLD.seq THEN
          RAISE EXCEPTION 'audit_head of % only moves forward (from seq % to %)',
            OLD.case_number, OLD.seq, NEW.seq;
        END IF;
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_head_forward BEFORE UPDATE OR DELETE ON audit_head
        FOR EACH ROW EXECUTE FUNCTION audit_head_only_forward()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_head_refuse_truncate BEFORE TRUNCATE ON audit_head
        FOR EACH STATEMENT EXECUTE FUNCTION append_only_refuse_change()`);

    // Default privileges gave the application SELECT, INSERT, UPDATE, DELETE; take back what it
    // must not have: seals are append-only, a head moves forward (UPDATE) but never goes away.
    await queryRunner.query(
      `REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_seal FROM ${APP_ROLE}`,
    );
    await queryRunner.query(
      `REVOKE DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_head FROM ${APP_ROLE}`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_head`);
    await queryRunner.query(`DROP FUNCTION audit_head_only_forward()`);
    await queryRunner.query(`DROP TABLE audit_seal`);
    await queryRunner.query(`DROP FUNCTION append_only_refuse_change()`);
  }
}
