import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Unit supervision (督导考核): the numbers of unit supervision cases (督办, DB-YYYY-NNNN), one per
 * unit, campaign and ordinal, reserved before the case's workflow starts; the cases' read model,
 * kept by their workflow's projection; and the numbered criticism notices (通报批评,
 * 太白消督〔YYYY〕第NNNN号), gapless per year and locked once issued, like rectification notices.
 */
export class CreateUnitSupervision1764900000001 implements MigrationInterface {
  name = 'CreateUnitSupervision1764900000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE supervision_number_counter (
        year        integer PRIMARY KEY,
        last_number integer NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE unit_supervision_number (
        number        text PRIMARY KEY CHECK (number ~ '^DB-[0-9]{4}-[0-9]{4,}$'),
        campaign_code text NOT NULL REFERENCES campaign (code),
        unit_kind     text NOT NULL CHECK (unit_kind IN ('community', 'department')),
        unit_code     text NOT NULL,
        ordinal       integer NOT NULL CHECK (ordinal >= 1),
        reserved_at   timestamptz NOT NULL DEFAULT now(),
        UNIQUE (campaign_code, unit_kind, unit_code, ordinal)
      )`);
    await queryRunner.query(`
      CREATE TABLE unit_supervision_case (
        number        text PRIMARY KEY REFERENCES unit_supervision_number (number),
        revision      integer NOT NULL,
        campaign_code text NOT NULL,
        unit_kind     text NOT NULL,
        unit_code     text NOT NULL,
        unit_name     text NOT NULL,
        status        text NOT NULL,
        level         integer NOT NULL,
        rung          text NOT NULL,
        next_due_at   timestamptz,
        opened_at     timestamptz NOT NULL,
        closed_at     timestamptz,
        snapshot      jsonb NOT NULL,
        updated_at    timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX unit_supervision_case_unit ON unit_supervision_case (campaign_code, unit_kind, unit_code)`,
    );
    await queryRunner.query(
      `CREATE INDEX unit_supervision_case_open ON unit_supervision_case (next_due_at) WHERE status = 'open'`,
    );
    await queryRunner.query(`
      CREATE TABLE criticism_notice_counter (
        year        integer PRIMARY KEY,
        last_number integer NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE criticism_notice (
        id                bigserial PRIMARY KEY,
        -- One 通报批评 per unit supervision case: its criticism rung issues it once.
        supervision_number text NOT NULL UNIQUE REFERENCES unit_supervision_number (number),
        year              integer NOT NULL,
        number            integer NOT NULL CHECK (number >= 1),
        notice_no         text NOT NULL UNIQUE,
        issued_at         timestamptz NOT NULL,
        pdf               bytea NOT NULL,
        sha256            text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        content           jsonb NOT NULL,
        created_at        timestamptz NOT NULL DEFAULT now(),
        UNIQUE (year, number)
      )`);
    await queryRunner.query(`
      CREATE FUNCTION criticism_notice_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'criticism_notice is locked once issued: % is not allowed', TG_OP;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER criticism_notice_refuse_update_delete
        BEFORE UPDATE OR DELETE ON criticism_notice
        FOR EACH ROW EXECUTE FUNCTION criticism_notice_refuse_change()`);
    await queryRunner.query(`
      CREATE TRIGGER criticism_notice_refuse_truncate
        BEFORE TRUNCATE ON criticism_notice
        FOR EACH STATEMENT EXECUTE FUNCTION criticism_notice_refuse_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE criticism_notice`);
    await queryRunner.query(`DROP FUNCTION criticism_notice_refuse_change()`);
    await queryRunner.query(`DROP TABLE criticism_notice_counter`);
    await queryRunner.query(`DROP TABLE unit_supervision_case`);
    await queryRunner.query(`DROP TABLE unit_supervision_number`);
    await queryRunner.query(`DROP TABLE supervision_number_counter`);
  }
}
