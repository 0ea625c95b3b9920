import { StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import type { EvidenceFile } from '@firecase/persistence';

/**
 * The stored bytes as a download. nosniff and `attachment` keep a browser from rendering a file
 * as anything but what it was sniffed to be on upload; the ETag is the content's own hash, so it
 * is stable across replicas and restarts.
 */
export function evidenceDownload(file: EvidenceFile, response: Response): StreamableFile {
  response.setHeader('ETag', `"${file.sha256}"`);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  return new StreamableFile(file.content, {
    type: file.mediaType,
    length: file.content.length,
    disposition: attachment(file.originalName),
  });
}

/** RFC 6266: an ASCII fallback for old clients, and the real name in UTF-8 (RFC 8187). */
export function attachment(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
