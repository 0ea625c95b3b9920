import { createHash } from 'node:crypto';
import {
  BadRequestException,
  Injectable,
  NotFoundException,
  PayloadTooLargeException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { actorOf, type AuthenticatedUser } from '../auth/authenticated-user';
import { mayReadEvidence } from '../authz/evidence-access';
import { type EvidenceFile, EvidenceRepository } from '@firecase/persistence';
import { readPhotoExif } from './evidence-exif';
import { EVIDENCE_FILE_FIELD, MAX_EVIDENCE_BYTES } from './evidence-limits';
import { EVIDENCE_MEDIA_TYPES, sniffMediaType } from './evidence-media-type';
import { type EvidenceMetadataDto, toEvidenceMetadataDto } from './evidence-metadata.dto';
import type { UploadedEvidenceFile, UploadEvidenceDto } from './upload-evidence.dto';

export interface UploadedEvidence {
  readonly evidence: EvidenceMetadataDto;
  /** False when this user uploaded the same bytes before: the answer is their earlier record. */
  readonly created: boolean;
}

/** Checks uploaded files; keeps their bytes once per content and a record per uploader. */
@Injectable()
export class EvidenceService {
  constructor(private readonly repository: EvidenceRepository) {}

  async upload(
    file: UploadedEvidenceFile | undefined,
    fields: UploadEvidenceDto,
    user: AuthenticatedUser,
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
      uploadedBy: actorOf(user),
      uploaderDepartment: user.departmentCode,
      ...(await readPhotoExif(content, mediaType)),
      note: fields.note?.trim() || null,
      content,
    });
    return { evidence: toEvidenceMetadataDto(evidence), created };
  }

  async metadata(id: string, reader: AuthenticatedUser): Promise<EvidenceMetadataDto> {
    await this.requireReadable(id, reader);
    const metadata = await this.repository.findMetadata(id);
    if (!metadata) throw notFound(id);
    return toEvidenceMetadataDto(metadata);
  }

  async file(id: string, reader: AuthenticatedUser): Promise<EvidenceFile> {
    await this.requireReadable(id, reader);
    const file = await this.repository.findFile(id);
    if (!file) throw notFound(id);
    return file;
  }

  /**
   * Evidence is read within the department it was uploaded for, by whoever may read a case citing
   * it, and by auditors (mayReadEvidence): elsewhere a file answers 404 like one that does not
   * exist, so ids reveal nothing.
   */
  private async requireReadable(id: string, reader: AuthenticatedUser): Promise<void> {
    const readers = isUuid(id)
      ? (await this.repository.findReaders([id])).get(id.toLowerCase())
      : undefined;
    if (readers === undefined || !mayReadEvidence(reader, readers)) throw notFound(id);
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
