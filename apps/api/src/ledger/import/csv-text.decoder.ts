import { BadRequestException } from '@nestjs/common';

/**
 * The text of a CSV file, whatever Excel saved it as: "CSV UTF-8" (with a BOM), UTF-8 without
 * one (most other tools), plain "CSV" on Chinese Windows (the ANSI code page: GBK, of which
 * GB18030 is a superset), or "Unicode text" (UTF-16LE with a BOM). Strict UTF-8 is tried first:
 * Chinese GBK text is practically never valid UTF-8, while the reverse guess would garble it.
 * Node's TextDecoder (full ICU) decodes GB18030 itself, so no conversion library is needed.
 */
export function decodeCsvText(file: Buffer): { text: string; encoding: string } {
  if (file[0] === 0xff && file[1] === 0xfe) {
    return {
      text: strictDecode('utf-16le', file.subarray(2)) ?? unreadable(),
      encoding: 'utf-16le',
    };
  }
  const utf8 = strictDecode('utf-8', file); // strips a BOM
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  const gb18030 = strictDecode('gb18030', file);
  if (gb18030 !== undefined) return { text: gb18030, encoding: 'gb18030' };
  return unreadable();
}

function strictDecode(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function unreadable(): never {
  throw new BadRequestException(
    '无法识别文件的编码：请上传 XLSX 文件，或保存为 UTF-8 或 GBK（GB18030）编码的 CSV 文件',
  );
}
