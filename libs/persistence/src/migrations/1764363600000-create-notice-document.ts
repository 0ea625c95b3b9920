import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rectification notices (整改通知书) as issued: the PDF itself, its hash and what it says, under
 * a number that is gapless per year. The counter row is the lock that makes numbers consecutive;
 * the trigger makes an issued notice final, so a correction is a reissue: a new row (and number)
 * that names the notice it replaces, which can be replaced only once.
 */
export class CreateNoticeDocument1764363600000 implements MigrationInterface {
  name = 'CreateNoticeDocument1764363600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE notice_number_counter (
        year        integer PRIMARY KEY,
        last_number integer NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE notice_document (
        id                 bigserial PRIMARY KEY,
        case_number        text NOT NULL,
        year               integer NOT NULL,
        number             integer NOT NULL CHECK (number >= 1),
        notice_no          text NOT NULL UNIQUE,
        issued_at          timestamptz NOT NULL,
        replaces_notice_no text UNIQUE REFERENCES notice_document (notice_no),
        pdf                bytea NOT NULL,
        sha256             text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        content            jsonb NOT NULL,
        idempotency_key    text,
        created_at         timestamptz NOT NULL DEFAULT now(),
        UNIQUE (year, number),
        CONSTRAINT notice_document_case_idempotency_key UNIQUE (case_number, idempotency_key)
      )`);
    await queryRunner.query(`CREATE INDEX notice_document_case ON notice_document (case_number)`);
    await queryRunner.query(`
      CREATE FUNCTION notice_document_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'notice_document is locked once issued: % is not allowed', TG_OP
          USING HINT = 'a corrected notice is issued anew, replacing the old one by its number';
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER notice_document_refuse_update_delete
        BEFORE UPDATE OR DELETE ON notice_document
        FOR EACH ROW EXECUTE FUNCTION notice_document_refuse_change()`);
    await queryRunner.query(`
      CREATE TRIGGER notice_document_refuse_truncate
        BEFORE TRUNCATE ON notice_document
        FOR EACH STATEMENT EXECUTE FUNCTION notice_document_refuse_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE notice_document`);
    await queryRunner.query(`DROP FUNCTION notice_document_refuse_change()`);
    await queryRunner.query(`DROP TABLE notice_number_counter`);
  }
}
