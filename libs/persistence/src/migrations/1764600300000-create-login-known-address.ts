import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where each user last signed in successfully: failed logins for a user name coming from other
 * addresses never lock the user out of these (see LoginFailureRepository.reserveAttempt). And an
 * index for the per-name-and-address count the limiter now takes first.
 */
export class CreateLoginKnownAddress1764600300000 implements MigrationInterface {
  name = 'CreateLoginKnownAddress1764600300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE login_known_address (
        username        text NOT NULL,
        client_ip       text NOT NULL,
        last_success_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (username, client_ip)
      )`);
    await queryRunner.query(
      `CREATE INDEX login_failure_username_ip ON login_failure (username, client_ip, failed_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX login_failure_username_ip`);
    await queryRunner.query(`DROP TABLE login_known_address`);
  }
}
