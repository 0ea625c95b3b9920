import { createHash } from 'node:crypto';
import {
  BadRequestException,
  Injectable,
  NotFoundException,
  PayloadTooLargeException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import type { Actor } from '@firecase/domain';
import { type EvidenceFile, EvidenceRepository } from '@firecase/persistence';
import { readPhotoExif } from './evidence-exif';
import { EVIDENCE_FILE_FIELD, MAX_EVIDENCE_BYTES } from './evidence-limits';
import { EVIDENCE_MEDIA_TYPES, sniffMediaType } from './evidence-media-type';
import { type EvidenceMetadataDto, toEvidenceMetadataDto } from './evidence-metadata.dto';
import type { UploadedEvidenceFile, UploadEvidenceDto } from './upload-evidence.dto';

export interface UploadedEvidence {
  readonly evidence: EvidenceMetadataDto;
  /** False when the same bytes were uploaded before: the answer is that earlier record. */
  readonly created: boolean;
}

/** Checks uploaded files and keeps them once per content. */
@Injectable()
export class EvidenceService {
  constructor(private readonly repository: EvidenceRepository) {}

  async upload(
    file: UploadedEvidenceFile | undefined,
    fields: UploadEvidenceDto,
    actor: Actor,
  ): Promise<UploadedEvidence> {
    const content = checkedContent(file);
    const mediaType = sniffMediaType(content);
    if (!mediaType) {
      throw new UnsupportedMediaTypeException(
        `the file must be one of ${EVIDENCE_MEDIA_TYPES.join(', ')}; its bytes decide, not its name or Content-Type`,
      );
    }
    const { evidence, created } = await this.repository.store({
      sha256: createHash('sha256').update(content).digest('hex'),
      mediaType,
      originalName: cleanFileName(file?.originalname),
      uploadedBy: actor,
      ...(await readPhotoExif(content, mediaType)),
      note: fields.note?.trim() || null,
      content,
    });
    return { evidence: toEvidenceMetadataDto(evidence), created };
  }

  async metadata(id: string): Promise<EvidenceMetadataDto> {
    const metadata = isUuid(id) ? await this.repository.findMetadata(id) : undefined;
    if (!metadata) throw notFound(id);
    return toEvidenceMetadataDto(metadata);
  }

  async file(id: string): Promise<EvidenceFile> {
    const file = isUuid(id) ? await this.repository.findFile(id) : undefined;
    if (!file) throw notFound(id);
    return file;
  }
}

function checkedContent(file: UploadedEvidenceFile | undefined): Buffer {
  if (!file) {
    throw new BadRequestException(
      `send the file as multipart/form-data in the field "${EVIDENCE_FILE_FIELD}"`,
    );
  }
  if (file.size === 0) throw new BadRequestException('the file is empty');
  // The upload interceptor stops at the limit already; this keeps it whoever calls the service.
  if (file.size > MAX_EVIDENCE_BYTES) {
    throw new PayloadTooLargeException(`the file is larger than ${MAX_EVIDENCE_BYTES} bytes`);
  }
  return file.buffer;
}

/** Busboy strips any client path; control characters and overlong names go too. */
function cleanFileName(name: string | undefined): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = (name ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return Array.from(cleaned).slice(0, 255).join('') || 'evidence';
}

function isUuid(id: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
}

function notFound(id: string): NotFoundException {
  return new NotFoundException(`there is no evidence ${id}`);
}
