import { BadRequestException } from '@nestjs/common';

/** An XLSX of 5,000 ledger rows unpacks to a few MiB; far more is a zip bomb, not a ledger. */
export const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;
const MAX_ENTRIES = 2000;

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;

/**
 * Refuses a ZIP archive whose entries declare more than MAX_UNPACKED_BYTES in all, before
 * anything is inflated: exceljs unpacks the whole workbook into memory. Sizes are read from the
 * central directory (ZIP64's placeholder 0xFFFFFFFF counts as too large).
 */
export function assertZipWithinLimits(file: Buffer): void {
  const end = findEndOfCentralDirectory(file);
  if (end < 0) throw notAWorkbook();
  const entries = file.readUInt16LE(end + 10);
  const directoryOffset = file.readUInt32LE(end + 16);
  if (entries > MAX_ENTRIES) throw tooLarge();
  let offset = directoryOffset;
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (offset + 46 > file.length || file.readUInt32LE(offset) !== CENTRAL_DIRECTORY_ENTRY) {
      throw notAWorkbook();
    }
    total += file.readUInt32LE(offset + 24);
    if (total > MAX_UNPACKED_BYTES) throw tooLarge();
    offset +=
      46 +
      file.readUInt16LE(offset + 28) +
      file.readUInt16LE(offset + 30) +
      file.readUInt16LE(offset + 32);
  }
}

function findEndOfCentralDirectory(file: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  if (file.length < 22) return -1;
  const earliest = Math.max(0, file.length - 22 - 0xffff);
  for (let offset = file.length - 22; offset >= earliest; offset--) {
    if (file.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  return -1;
}

function notAWorkbook() {
  return new BadRequestException('无法读取该 XLSX 文件：文件已损坏或不是 Excel 工作簿');
}

function tooLarge() {
  return new BadRequestException(
    '该 XLSX 文件解压后过大，不像隐患台账：请删去无关的工作表和图片后再导入',
  );
}
