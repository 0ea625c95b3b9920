import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { FieldValidationException } from './field-validation.exception';

/** The one character no text of the API may hold: PostgreSQL's text type cannot store it. */
export const NUL = '\u0000';

/** What the document says of every text parameter and field, and what this pipe enforces. */
export const NO_NUL_PATTERN = '^[^\\u0000]*$';

const MAX_DEPTH = 64;

/**
 * Rejects a NUL character (U+0000) anywhere in a body, query or path parameter, naming each
 * field, before any of it can reach PostgreSQL (which answered "invalid byte sequence", a 500). One global pipe rather than a rule per field, so a new endpoint is covered
 * without anyone remembering to.
 */
@Injectable()
export class RejectNulCharacterPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    // An uploaded file's bytes are not text, and the evidence service cleans its name itself.
    if (isUploadedFile(value)) return value;
    const found: string[] = [];
    collectNulPaths(value, rootName(metadata), found, 0);
    if (found.length > 0) {
      throw new FieldValidationException(
        found.map((field): ValidationError => ({
          property: field,
          constraints: { noNulCharacter: `${field} must not contain the NUL character (U+0000)` },
          children: [],
        })),
      );
    }
    return value;
  }
}

function rootName(metadata: ArgumentMetadata): string {
  return metadata.type === 'param' || metadata.type === 'query' ? (metadata.data ?? '') : '';
}

function collectNulPaths(value: unknown, path: string, found: string[], depth: number): void {
  if (typeof value === 'string') {
    if (value.includes(NUL)) found.push(path || 'body');
    return;
  }
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return;
  if (Buffer.isBuffer(value) || ArrayBuffer.isView(value)) return; // file bytes are not text
  if (Array.isArray(value)) {
    value.forEach((item, i) => collectNulPaths(item, `${path}[${i}]`, found, depth + 1));
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    const keyPath = path ? `${path}.${key}` : key;
    if (key.includes(NUL)) found.push(keyPath);
    else collectNulPaths(item, keyPath, found, depth + 1);
  }
}

/** Multer's file (memory storage). */
function isUploadedFile(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    Buffer.isBuffer((value as { buffer?: unknown }).buffer) &&
    typeof (value as { fieldname?: unknown }).fieldname === 'string'
  );
}
