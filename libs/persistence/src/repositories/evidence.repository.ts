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

export interface EvidenceFile extends EvidenceMetadata {
  readonly content: Buffer;
}

/**
 * Keeps evidence files once per content: storing bytes that are already there returns the record
 * made first (with its uploader and note), so a retried or repeated upload yields one id.
 */
@Injectable()
export class EvidenceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async store(
    evidence: EvidenceToStore,
  ): Promise<{ evidence: EvidenceMetadata; created: boolean }> {
    // A concurrent insert of the same bytes makes this wait for it to commit, then do nothing.
    const inserted: EvidenceRow[] = await this.dataSource.query(
      `INSERT INTO evidence (sha256, size_bytes, media_type, original_name, uploaded_by_id,
         uploaded_by_name, uploaded_by_role, taken_at, latitude, longitude, note, content,
         uploader_department)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (sha256) DO NOTHING
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
        evidence.content,
        evidence.uploaderDepartment,
      ],
    );
    if (inserted.length > 0) return { evidence: toMetadata(inserted[0]), created: true };
    const existing = await this.findBySha256(evidence.sha256);
    if (!existing) throw new Error(`evidence ${evidence.sha256} conflicted but is not there`);
    return { evidence: existing, created: false };
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
      `SELECT ${METADATA_COLUMNS}, content FROM evidence WHERE id = $1`,
      [id],
    );
    return rows.length > 0 ? { ...toMetadata(rows[0]), content: rows[0].content } : undefined;
  }

  /** Who may read the file: its uploader, and the department it was uploaded for. */
  async findReaders(
    id: string,
  ): Promise<{ uploaderId: string; uploaderDepartment: string | null } | undefined> {
    const rows: { uploaded_by_id: string; uploader_department: string | null }[] =
      await this.dataSource.query(
        'SELECT uploaded_by_id, uploader_department FROM evidence WHERE id = $1',
        [id],
      );
    return rows.length > 0
      ? { uploaderId: rows[0].uploaded_by_id, uploaderDepartment: rows[0].uploader_department }
      : undefined;
  }

  private async findBySha256(sha256: string): Promise<EvidenceMetadata | undefined> {
    const rows: EvidenceRow[] = await this.dataSource.query(
      `SELECT ${METADATA_COLUMNS} FROM evidence WHERE sha256 = $1`,
      [sha256],
    );
    return rows.length > 0 ? toMetadata(rows[0]) : undefined;
  }
}

const METADATA_COLUMNS = `id, sha256, size_bytes, media_type, original_name, uploaded_by_id,
  uploaded_by_name, uploaded_by_role, uploaded_at, taken_at, latitude, longitude, note`;

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
