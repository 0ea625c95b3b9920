import { applyDecorators, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';
import {
  EVIDENCE_FILE_FIELD,
  MAX_EVIDENCE_BYTES,
  MAX_EVIDENCE_NOTE_LENGTH,
} from './evidence-limits';
import { EVIDENCE_MEDIA_TYPES } from './evidence-media-type';
import { EvidenceSizeLimitInterceptor } from './evidence-size-limit.interceptor';

/**
 * Receives one file in memory, up to MAX_EVIDENCE_BYTES: multer stops reading past it and the
 * request fails 413 (naming the limit); a second file, or a file in another field, fails 400.
 */
export function EvidenceUpload() {
  return applyDecorators(
    UseInterceptors(
      EvidenceSizeLimitInterceptor,
      FileInterceptor(EVIDENCE_FILE_FIELD, {
        limits: { fileSize: MAX_EVIDENCE_BYTES, files: 1, fields: 10, fieldSize: 16 * 1024 },
        // Browsers send file names as raw UTF-8 (e.g. 现场照片.jpg); busboy would read Latin-1.
        defParamCharset: 'utf8',
      }),
    ),
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: {
        type: 'object',
        required: [EVIDENCE_FILE_FIELD],
        properties: {
          [EVIDENCE_FILE_FIELD]: {
            type: 'string',
            format: 'binary',
            description: `${EVIDENCE_MEDIA_TYPES.join(', ')} (by content), at most ${MAX_EVIDENCE_BYTES} bytes`,
          },
          note: { type: 'string', maxLength: MAX_EVIDENCE_NOTE_LENGTH },
        },
      },
    }),
  );
}
