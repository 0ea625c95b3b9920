import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** An evidence file to keep, as the api checked it: sniffed type, hash and EXIF already known. */
export interface EvidenceToStore {
  readonly sha256: string;
  readonly mediaType: string;
  readonly originalName: string;
  readonly uploadedBy: { readonly userId: string; readonly name: string; readonly role: string };
  /** The uploader's department: who else may read the file. */
  readonly uploaderDepartment: string | null;
  /** ISO instant, from the photo's EXIF. */
  readonly takenAt: string | null;
  readonly latitude: number | null;
  readonly longitude: number | null;
  readonly note: string | null;
  readonly content: Buffer;
}

/** What is known about a stored evidence file, without its bytes. */
export interface EvidenceMetadata {
  readonly id: string;
  readonly sha256: string;
  readonly sizeBytes: number;
  readonly mediaType: string;
  readonly originalName: string;
  readonly uploadedBy: { readonly userId: string; readonly name: string; readonly role: string };
  readonly uploadedAt: string;
  readonly takenAt: string | null;
  readonly latitude: number | null;
  readonly longitude: number | null;
  readonly note: string | null;
}

/** Who may read an evidence record besides auditors. */
export interface EvidenceReaders {
  readonly uploaderId: string;
  /** The uploader's department: who else may read the file. */
  readonly uploaderDepartment: string | null;
  /** The department and community of every case citing it: whoever may read one may read it. */
  readonly citingCases: readonly { readonly department: string; readonly community: string }[];
}

export interface EvidenceFile extends EvidenceMetadata {
  readonly content: Buffer;
}

/**
 * Keeps evidence bytes once per content (evidence_content, by SHA-256) and a record per uploader
 * (evidence): the same bytes from another uploader make a record of their own, so nobody learns
 * another record's name, note or uploader by uploading the same file. The same uploader sending
 * the same bytes again gets their own earlier record back, so a retried upload yields one id.
 */
@Injectable()
export class EvidenceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async store(
    evidence: EvidenceToStore,
  ): Promise<{ evidence: EvidenceMetadata; created: boolean }> {
    return this.dataSource.transaction(async (manager) => {
      // A concurrent insert of the same bytes makes this wait for it to commit, then do nothing.
      await manager.query(
        `INSERT INTO evidence_content (sha256, size_bytes, content) VALUES ($1, $2, $3)
         ON CONFLICT (sha256) DO NOTHING`,
        [evidence.sha256, evidence.content.length, evidence.content],
      );
      const inserted: EvidenceRow[] = await manager.query(
        `INSERT INTO evidence (sha256, size_bytes, media_type, original_name, uploaded_by_id,
           uploaded_by_name, uploaded_by_role, taken_at, latitude, longitude, note,
           uploader_department)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
         ON CONFLICT (sha256, uploaded_by_id) DO NOTHING
         RETURNING ${METADATA_COLUMNS}`,
        [
          evidence.sha256,
          evidence.content.length,
          evidence.mediaType,
          evidence.originalName,
          evidence.uploadedBy.userId,
          evidence.uploadedBy.name,
          evidence.uploadedBy.role,
          evidence.takenAt,
          evidence.latitude,
          evidence.longitude,
          evidence.note,
          evidence.uploaderDepartment,
        ],
      );
      if (inserted.length > 0) return { evidence: toMetadata(inserted[0]), created: true };
      const [own]: EvidenceRow[] = await manager.query(
        `SELECT ${METADATA_COLUMNS} FROM evidence WHERE sha256 = $1 AND uploaded_by_id = $2`,
        [evidence.sha256, evidence.uploadedBy.userId],
      );
      if (!own) throw new Error(`evidence ${evidence.sha256} conflicted but is not there`);
      return { evidence: toMetadata(own), created: false };
    });
  }

  /** `id` must be a UUID: the column's type refuses anything else. */
  async findMetadata(id: string): Promise<EvidenceMetadata | undefined> {
    const rows: EvidenceRow[] = await this.dataSource.query(
      `SELECT ${METADATA_COLUMNS} FROM evidence WHERE id = $1`,
      [id],
    );
    return rows.length > 0 ? toMetadata(rows[0]) : undefined;
  }

  /** `id` must be a UUID: the column's type refuses anything else. */
  async findFile(id: string): Promise<EvidenceFile | undefined> {
    const rows: (EvidenceRow & { content: Buffer })[] = await this.dataSource.query(
      `SELECT ${qualified('e')}, c.content FROM evidence e
         JOIN evidence_content c ON c.sha256 = e.sha256 WHERE e.id = $1`,
      [id],
    );
    return rows.length > 0 ? { ...toMetadata(rows[0]), content: rows[0].content } : undefined;
  }

  /**
   * Who may read each file: its uploader, the department it was uploaded for, and whoever may
   * read a case that cites it (the cases' departments and communities), keyed by the id in lower
   * case. Ids that are not UUIDs, or not there, are absent from the answer.
   */
  async findReaders(ids: readonly string[]): Promise<Map<string, EvidenceReaders>> {
    const uuids = ids.filter(isUuid).map((id) => id.toLowerCase());
    if (uuids.length === 0) return new Map();
    const rows: {
      id: string;
      uploaded_by_id: string;
      uploader_department: string | null;
      citing_cases: { department: string; community: string }[];
    }[] = await this.dataSource.query(
      `SELECT e.id, e.uploaded_by_id, e.uploader_department,
              COALESCE((SELECT jsonb_agg(DISTINCT jsonb_build_object(
                         'department', h.department, 'community', h.community))
                          FROM case_evidence ce JOIN hazard_case h ON h.case_number = ce.case_number
                         WHERE ce.evidence_id = e.id), '[]'::jsonb) AS citing_cases
         FROM evidence e WHERE e.id = ANY($1::uuid[])`,
      [uuids],
    );
    return new Map(
      rows.map((row) => [
        row.id,
        {
          uploaderId: row.uploaded_by_id,
          uploaderDepartment: row.uploader_department,
          citingCases: row.citing_cases,
        },
      ]),
    );
  }
}

const METADATA_COLUMN_NAMES = [
  'id',
  'sha256',
  'size_bytes',
  'media_type',
  'original_name',
  'uploaded_by_id',
  'uploaded_by_name',
  'uploaded_by_role',
  'uploaded_at',
  'taken_at',
  'latitude',
  'longitude',
  'note',
];
const METADATA_COLUMNS = METADATA_COLUMN_NAMES.join(', ');
const qualified = (alias: string) => METADATA_COLUMN_NAMES.map((c) => `${alias}.${c}`).join(', ');

interface EvidenceRow {
  id: string;
  sha256: string;
  /** bigint: pg hands it over as a string. */
  size_bytes: string;
  media_type: string;
  original_name: string;
  uploaded_by_id: string;
  uploaded_by_name: string;
  uploaded_by_role: string;
  uploaded_at: Date;
  taken_at: Date | null;
  latitude: number | null;
  longitude: number | null;
  note: string | null;
}

function toMetadata(row: EvidenceRow): EvidenceMetadata {
  return {
    id: row.id,
    sha256: row.sha256,
    sizeBytes: Number(row.size_bytes),
    mediaType: row.media_type,
    originalName: row.original_name,
    uploadedBy: {
      userId: row.uploaded_by_id,
      name: row.uploaded_by_name,
      role: row.uploaded_by_role,
    },
    uploadedAt: row.uploaded_at.toISOString(),
    takenAt: row.taken_at?.toISOString() ?? null,
    latitude: row.latitude,
    longitude: row.longitude,
    note: row.note,
  };
}

function isUuid(id: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
}
