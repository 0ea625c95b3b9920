import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Case numbers (gapless per year) and the Idempotency-Key record of every opening request. */
export class CreateCaseOpening1764367200000 implements MigrationInterface {
  name = 'CreateCaseOpening1764367200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE case_number_counter (
        year        integer PRIMARY KEY,
        last_number integer NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE case_open_request (
        idempotency_key text PRIMARY KEY,
        request_hash    text NOT NULL,
        case_number     text NOT NULL UNIQUE,
        created_at      timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE case_open_request`);
    await queryRunner.query(`DROP TABLE case_number_counter`);
  }
}
