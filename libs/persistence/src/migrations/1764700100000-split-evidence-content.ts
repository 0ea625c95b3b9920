import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deduplicates evidence bytes, not evidence records. Until now the same bytes uploaded twice
 * returned the first record, so a second department's upload answered with the first one's file
 * name, note and uploader. Now the bytes live once in evidence_content (by SHA-256) and every
 * uploader gets a record of their own; one uploader sending the same bytes again still gets
 * their own record back (a retried upload is one id).
 *
 * case_evidence links a record to each case event that cites it: whoever may read the case may
 * read the evidence it rests on. It is filled from the audit trail here and by the projection
 * from then on.
 */
export class SplitEvidenceContent1764700100000 implements MigrationInterface {
  name = 'SplitEvidenceContent1764700100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE evidence_content (
        sha256     text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        size_bytes bigint NOT NULL CHECK (size_bytes > 0),
        content    bytea NOT NULL,
        stored_at  timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT evidence_content_size_matches CHECK (octet_length(content) = size_bytes)
      )`);
    // JPEG, PNG, WebP and most PDFs are compressed already: spare PostgreSQL trying again.
    await queryRunner.query(
      `ALTER TABLE evidence_content ALTER COLUMN content SET STORAGE EXTERNAL`,
    );
    await queryRunner.query(`
      INSERT INTO evidence_content (sha256, size_bytes, content, stored_at)
      SELECT sha256, size_bytes, content, uploaded_at FROM evidence`);
    await queryRunner.query(`ALTER TABLE evidence DROP CONSTRAINT evidence_size_matches_content`);
    await queryRunner.query(`ALTER TABLE evidence DROP COLUMN content`);
    await queryRunner.query(`DROP INDEX evidence_sha256`);
    await queryRunner.query(`
      ALTER TABLE evidence ADD CONSTRAINT evidence_content_fk
        FOREIGN KEY (sha256) REFERENCES evidence_content (sha256)`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX evidence_sha256_uploader ON evidence (sha256, uploaded_by_id)`,
    );

    await queryRunner.query(`
      CREATE TABLE case_evidence (
        evidence_id uuid NOT NULL REFERENCES evidence (id),
        case_number text NOT NULL,
        event_seq   integer NOT NULL,
        cited_at    timestamptz NOT NULL,
        PRIMARY KEY (evidence_id, case_number, event_seq)
      )`);
    await queryRunner.query(`CREATE INDEX case_evidence_case ON case_evidence (case_number)`);
    await queryRunner.query(`
      INSERT INTO case_evidence (evidence_id, case_number, event_seq, cited_at)
      SELECT e.id, a.case_number, a.seq, a.occurred_at
        FROM audit_event a
        CROSS JOIN LATERAL jsonb_array_elements(
          CASE WHEN jsonb_typeof(a.detail -> 'evidence') = 'array'
               THEN a.detail -> 'evidence' ELSE '[]'::jsonb END) AS ref
        JOIN evidence e ON e.id::text = ref ->> 'evidenceId'
      ON CONFLICT DO NOTHING`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Only possible while every content has one record, as the old schema demands.
    const rows = (await queryRunner.query(
      `SELECT sha256 FROM evidence GROUP BY sha256 HAVING count(*) > 1 LIMIT 1`,
    )) as { sha256: string }[];
    const [shared] = rows;
    if (shared) {
      throw new Error(
        `cannot revert: evidence bytes ${shared.sha256} have several records, which the old schema cannot hold`,
      );
    }
    await queryRunner.query(`DROP TABLE case_evidence`);
    await queryRunner.query(`DROP INDEX evidence_sha256_uploader`);
    await queryRunner.query(`ALTER TABLE evidence DROP CONSTRAINT evidence_content_fk`);
    await queryRunner.query(`ALTER TABLE evidence ADD COLUMN content bytea`);
    await queryRunner.query(`
      UPDATE evidence SET content = c.content FROM evidence_content c WHERE c.sha256 = evidence.sha256`);
    await queryRunner.query(`ALTER TABLE evidence ALTER COLUMN content SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE evidence ALTER COLUMN content SET STORAGE EXTERNAL`);
    await queryRunner.query(`
      ALTER TABLE evidence ADD CONSTRAINT evidence_size_matches_content
        CHECK (octet_length(content) = size_bytes)`);
    await queryRunner.query(`CREATE UNIQUE INDEX evidence_sha256 ON evidence (sha256)`);
    await queryRunner.query(`DROP TABLE evidence_content`);
  }
}
