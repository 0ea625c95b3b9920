import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People and organisation: departments (科室, by the catalogue's codes), communities (村/社区)
 * and their grids (网格), the users who sign in, and their refresh tokens. Only hashes of
 * passwords and refresh tokens are kept; `token_version` is bumped to void every access token a
 * user holds at once (logout, disabling).
 */
export class CreateOrganisationAndUsers1764381600000 implements MigrationInterface {
  name = 'CreateOrganisationAndUsers1764381600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE department (
        code       text PRIMARY KEY CHECK (code ~ '^[a-z_]+$'),
        name       text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE community (
        code       text PRIMARY KEY,
        name       text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE grid (
        community_code text NOT NULL REFERENCES community (code),
        code           text NOT NULL,
        name           text NOT NULL,
        PRIMARY KEY (community_code, code)
      )`);
    await queryRunner.query(`
      CREATE TABLE app_user (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username        text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9._-]{3,64}$'),
        display_name    text NOT NULL,
        role            text NOT NULL
                        CHECK (role IN ('officer', 'supervisor', 'auditor', 'administrator')),
        department_code text REFERENCES department (code),
        community_codes text[] NOT NULL DEFAULT '{}',
        password_hash   text NOT NULL,
        disabled        boolean NOT NULL DEFAULT false,
        token_version   integer NOT NULL DEFAULT 0,
        created_at      timestamptz NOT NULL DEFAULT now(),
        -- Officers and supervisors belong to a department; auditors and administrators do not.
        CONSTRAINT app_user_department_by_role CHECK (
          (role IN ('officer', 'supervisor')) = (department_code IS NOT NULL)
        )
      )`);
    await queryRunner.query(`
      CREATE TABLE refresh_token (
        id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id    uuid NOT NULL REFERENCES app_user (id),
        token_hash text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX refresh_token_user ON refresh_token (user_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE refresh_token`);
    await queryRunner.query(`DROP TABLE app_user`);
    await queryRunner.query(`DROP TABLE grid`);
    await queryRunner.query(`DROP TABLE community`);
    await queryRunner.query(`DROP TABLE department`);
  }
}
