import { OptionalText } from '../cases/dto/validation.decorators';
import { MAX_EVIDENCE_NOTE_LENGTH } from './evidence-limits';

/** The text fields of an evidence upload, beside the file. */
export class UploadEvidenceDto {
  @OptionalText(MAX_EVIDENCE_NOTE_LENGTH)
  note?: string;
}

/**
 * The uploaded file as multer's memory storage hands it over. @types/multer is not installed,
 * so this names only what the upload reads.
 */
export interface UploadedEvidenceFile {
  readonly originalname: string;
  readonly size: number;
  readonly buffer: Buffer;
}
