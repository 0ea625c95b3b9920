import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evidence is read within the uploader's department (and by auditors): the department is kept
 * with the file. Rows from before sign-in existed have none and stay visible to auditors only.
 */
export class AddEvidenceUploaderDepartment1764388800000 implements MigrationInterface {
  name = 'AddEvidenceUploaderDepartment1764388800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE evidence ADD COLUMN uploader_department text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE evidence DROP COLUMN uploader_department`);
  }
}
