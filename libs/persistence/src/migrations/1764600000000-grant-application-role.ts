import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The api's and the worker's role (DATABASE_URL); deploy/postgres/firecase-roles.sql makes it. */
const APP_ROLE = 'firecase_app';

/**
 * Two roles: the owner (who runs this and every migration) keeps the schema; the application's
 * role gets ordinary rights on ordinary tables, now and, through ALTER DEFAULT PRIVILEGES, on
 * every table and sequence the owner creates later; and only INSERT and SELECT on the audit
 * trail and the access log.
 */
export class GrantApplicationRole1764600000000 implements MigrationInterface {
  name = 'GrantApplicationRole1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
          RAISE EXCEPTION 'role ${APP_ROLE} does not exist: create the two roles first (deploy/postgres/firecase-roles.sql; npm start and docker-compose do)';
        END IF;
      END $$`);
    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APP_ROLE}`,
    );
    await queryRunner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${APP_ROLE}`);
    // For the role running this migration, i.e. the owner: tables of later migrations.
    await queryRunner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APP_ROLE}`,
    );
    await queryRunner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${APP_ROLE}`,
    );
    // Append and read only. As it owns nothing, it cannot ALTER them or DISABLE their triggers.
    for (const table of ['audit_event', 'access_log']) {
      await queryRunner.query(
        `REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON ${table} FROM ${APP_ROLE}`,
      );
    }
    // The app reads which migrations ran (seed:demo checks); only the owner records them.
    await queryRunner.query(
      `REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON schema_migration FROM ${APP_ROLE}`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM ${APP_ROLE}`,
    );
    await queryRunner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM ${APP_ROLE}`,
    );
    await queryRunner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${APP_ROLE}`);
    await queryRunner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${APP_ROLE}`);
  }
}
