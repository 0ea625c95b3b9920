import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evidence files (photos and documents) that case actions reference by id. The bytes live in the
 * row itself: evidence is small (10 MiB at most), and keeping it beside the ledger means one
 * backup holds both. The unique SHA-256 makes an upload retry-safe: the same bytes are stored once.
 */
export class CreateEvidence1764370800000 implements MigrationInterface {
  name = 'CreateEvidence1764370800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE evidence (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        sha256           text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        size_bytes       bigint NOT NULL CHECK (size_bytes > 0),
        media_type       text NOT NULL,
        original_name    text NOT NULL,
        uploaded_by_id   text NOT NULL,
        uploaded_by_name text NOT NULL,
        uploaded_by_role text NOT NULL,
        uploaded_at      timestamptz NOT NULL DEFAULT now(),
        taken_at         timestamptz,
        latitude         double precision CHECK (latitude BETWEEN -90 AND 90),
        longitude        double precision CHECK (longitude BETWEEN -180 AND 180),
        note             text,
        content          bytea NOT NULL,
        CONSTRAINT evidence_size_matches_content CHECK (octet_length(content) = size_bytes)
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX evidence_sha256 ON evidence (sha256)`);
    // JPEG, PNG, WebP and most PDFs are compressed already: spare PostgreSQL trying again.
    await queryRunner.query(`ALTER TABLE evidence ALTER COLUMN content SET STORAGE EXTERNAL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE evidence`);
  }
}
