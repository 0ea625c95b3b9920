import { ApiProperty } from '@nestjs/swagger';
import { ROLES } from '@firecase/domain';
import type { EvidenceMetadata } from '@firecase/persistence';
import { EVIDENCE_MEDIA_TYPES } from './evidence-media-type';

class EvidenceUploaderDto {
  @ApiProperty({ example: 'u-li' })
  userId: string;

  @ApiProperty({ example: 'Li Wei' })
  name: string;

  @ApiProperty({ enum: ROLES })
  role: string;
}

/** An evidence file as the API describes it; the bytes are at GET /evidence/{evidenceId}. */
export class EvidenceMetadataDto {
  @ApiProperty({ format: 'uuid', description: 'what case actions cite in `evidence`' })
  evidenceId: string;

  @ApiProperty({ pattern: '^[0-9a-f]{64}$', description: 'hex SHA-256 of the bytes' })
  sha256: string;

  @ApiProperty({ type: 'integer', minimum: 1 })
  sizeBytes: number;

  @ApiProperty({ enum: EVIDENCE_MEDIA_TYPES, description: 'as found in the bytes' })
  mediaType: string;

  @ApiProperty({ example: 'stairwell-unit-3.jpg' })
  originalName: string;

  @ApiProperty({ type: EvidenceUploaderDto, description: 'who uploaded these bytes first' })
  uploadedBy: EvidenceUploaderDto;

  @ApiProperty({ format: 'date-time' })
  uploadedAt: string;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'EXIF DateTimeOriginal',
  })
  takenAt: string | null;

  @ApiProperty({ type: Number, nullable: true, description: 'EXIF GPS, decimal degrees' })
  latitude: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'EXIF GPS, decimal degrees' })
  longitude: number | null;

  @ApiProperty({ type: String, nullable: true })
  note: string | null;
}

export function toEvidenceMetadataDto({ id, ...metadata }: EvidenceMetadata): EvidenceMetadataDto {
  return { evidenceId: id, ...metadata };
}
