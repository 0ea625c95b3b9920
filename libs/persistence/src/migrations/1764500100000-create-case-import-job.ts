import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Background imports of the hazard ledger (隐患台账): one job per uploaded file, one row per data
 * line with its checked body and what became of it. A runner in an API process claims a job by
 * a lease (`claimed_by`, `lease_expires_at`) and renews it while it works; when the process dies
 * the lease runs out and another claims the job, carrying on from the rows still open. Every row
 * opens its case under an Idempotency-Key, so a row taken up again never opens a second case.
 */
export class CreateCaseImportJob1764500100000 implements MigrationInterface {
  name = 'CreateCaseImportJob1764500100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE case_import_job (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        status           text NOT NULL DEFAULT 'queued'
                         CHECK (status IN ('queued', 'running', 'completed', 'failed')),
        file_name        text,
        file_format      text NOT NULL CHECK (file_format IN ('csv', 'xlsx')),
        file_encoding    text,
        -- The importer as they were when they uploaded: the job opens cases as them.
        user_id          uuid NOT NULL REFERENCES app_user (id),
        importer         jsonb NOT NULL,
        -- How the file's columns were read: each header, the field it fills, or why not.
        columns          jsonb NOT NULL,
        total_rows       integer NOT NULL CHECK (total_rows >= 0),
        claimed_by       uuid,
        lease_expires_at timestamptz,
        attempts         integer NOT NULL DEFAULT 0,
        last_error       text,
        created_at       timestamptz NOT NULL DEFAULT now(),
        started_at       timestamptz,
        finished_at      timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX case_import_job_user ON case_import_job (user_id, created_at DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX case_import_job_open ON case_import_job (created_at)
         WHERE status IN ('queued', 'running')`,
    );
    await queryRunner.query(`
      CREATE TABLE case_import_row (
        job_id          uuid NOT NULL REFERENCES case_import_job (id) ON DELETE CASCADE,
        line            integer NOT NULL CHECK (line > 0),
        outcome         text NOT NULL
                        CHECK (outcome IN ('pending', 'opening', 'imported', 'already_imported',
                                           'rejected')),
        -- The body of POST /cases the row stands for, and the Idempotency-Key derived from it.
        body            jsonb,
        idempotency_key text,
        -- An earlier line of the same file with the same content: this one follows its outcome.
        repeats_line    integer,
        -- Whether the key had opened a case before this job first tried the row.
        key_seen_before boolean,
        case_number     text,
        problems        jsonb,
        PRIMARY KEY (job_id, line),
        CHECK ((outcome = 'rejected') = (problems IS NOT NULL)),
        CHECK (outcome NOT IN ('imported', 'already_imported') OR case_number IS NOT NULL)
      )`);
    await queryRunner.query(
      `CREATE INDEX case_import_row_open ON case_import_row (job_id, line)
         WHERE outcome IN ('pending', 'opening')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE case_import_row`);
    await queryRunner.query(`DROP TABLE case_import_job`);
  }
}
