import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** The text of a PDF as a reader extracts it, pages separated by form feeds. Tests only. */
export function extractPdfText(pdf: Buffer): string {
  return execFileSync(process.execPath, [join(__dirname, 'extract-pdf-text.mjs')], {
    input: pdf,
    encoding: 'utf8',
  });
}

/** Extracted text with all whitespace removed, since a reader breaks lines where the PDF wraps. */
export function extractPdfTextCompact(pdf: Buffer): string {
  return extractPdfText(pdf).replace(/\s+/g, '');
}
