import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Idempotency-Key record of every case action sent with one: which request the key was first
 * used for (its hash), the Temporal update id the action runs under, and, once known, the answer.
 * A retry finds the answer here even after the API crashed, or after Temporal forgot the update
 * (continue-as-new, or a closed workflow past its retention). `answer` is json, not jsonb: a retry
 * gets the first answer's very text, keys in the same order.
 */
export class CreateCaseActionRequest1764700000000 implements MigrationInterface {
  name = 'CreateCaseActionRequest1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE case_action_request (
        user_id         text NOT NULL,
        idempotency_key text NOT NULL,
        case_number     text NOT NULL,
        action          text NOT NULL,
        request_hash    text NOT NULL CHECK (request_hash ~ '^[0-9a-f]{64}$'),
        update_id       text NOT NULL UNIQUE,
        status_code     integer CHECK (status_code BETWEEN 200 AND 499),
        answer          json,
        created_at      timestamptz NOT NULL DEFAULT now(),
        answered_at     timestamptz,
        PRIMARY KEY (user_id, idempotency_key),
        CONSTRAINT case_action_request_answered CHECK ((status_code IS NULL) = (answer IS NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX case_action_request_case ON case_action_request (case_number, created_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE case_action_request`);
  }
}
