import { instantOfChinaWallClock, isIsoInstant } from '@firecase/domain';
import type { ImportCellValue } from './import-file.reader';

export type ParsedInstant = { readonly iso: string } | { readonly problem: string };

const DAY_MS = 86_400_000;
/** Excel's day 0 is 1899-12-30 (its 1900 leap-year bug makes 1 March 1900 day 61). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MIN_SERIAL = 61;
const MAX_SERIAL = 2_958_465; // 9999-12-31

const DASHED =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]+(\d{1,2})[:：](\d{1,2})(?:[:：](\d{1,2}))?)?$/;
const CHINESE =
  /^(\d{4})年(\d{1,2})月(\d{1,2})[日号](?:\s*(\d{1,2})[:：时点](?:(\d{1,2})分?)?(?:[:：]?(\d{1,2})秒?)?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
/** A serial number written as text: five digits (1927 to 2173), so that 2023 is not a date. */
const SERIAL = /^\d{5}(\.\d+)?$/;

/**
 * A date or time the office wrote, read as Beijing time (a sheet has no time zone): an Excel
 * date cell or serial number, 2023-12-01, 2023/12/1 10:00, 2023.12.1, 20231201, 2023年12月1日,
 * 2023年12月1日 10时30分, or an ISO 8601 instant with its offset (kept exactly as written, as
 * the codes format always had it). A date alone is midnight.
 */
export function parseChinaInstant(cell: ImportCellValue): ParsedInstant | undefined {
  if (cell === null || cell === '') return undefined;
  if (cell instanceof Date) return fromWallClock(roundToSecond(cell.getTime()));
  if (typeof cell === 'number') return fromSerial(cell);
  if (typeof cell === 'boolean') return unreadable(String(cell));
  const text = cell.normalize('NFKC').trim();
  if (text === '') return undefined;
  if (/^\d{4}-\d{2}-\d{2}T/.test(text)) {
    return isIsoInstant(text) ? { iso: text } : unreadable(text);
  }
  const parts = DASHED.exec(text) ?? CHINESE.exec(text) ?? COMPACT.exec(text);
  if (parts) {
    const [year, month, day, hour = 0, minute = 0, second = 0] = parts
      .slice(1)
      .map((part) => (part === undefined ? undefined : Number(part))) as number[];
    const wallClock = Date.UTC(year, month - 1, day, hour, minute, second);
    const back = new Date(wallClock);
    const valid =
      back.getUTCFullYear() === year &&
      back.getUTCMonth() === month - 1 &&
      back.getUTCDate() === day &&
      hour < 24 &&
      minute < 60 &&
      second < 60;
    return valid ? fromWallClock(wallClock) : unreadable(text);
  }
  if (SERIAL.test(text)) return fromSerial(Number(text));
  return unreadable(text);
}

function fromSerial(serial: number): ParsedInstant {
  if (!Number.isFinite(serial) || serial < MIN_SERIAL || serial > MAX_SERIAL) {
    return unreadable(String(serial));
  }
  return fromWallClock(roundToSecond(EXCEL_EPOCH_MS + serial * DAY_MS));
}

/** The instant at which Beijing clocks show `wallClock` (ms whose UTC fields are the time). */
function fromWallClock(wallClock: number): ParsedInstant {
  const shown = new Date(wallClock).toISOString().slice(0, 19);
  // Written with its offset, so the same cell always gives the same text (and Idempotency-Key).
  const instant = instantOfChinaWallClock(new Date(wallClock));
  return Number.isNaN(instant.getTime()) ? unreadable(shown) : { iso: `${shown}+08:00` };
}

/** Excel stores times as fractions of a day: 10:00 may come back as 09:59:59.9999. */
function roundToSecond(ms: number): number {
  return Math.round(ms / 1000) * 1000;
}

function unreadable(text: string): ParsedInstant {
  return {
    problem: `「${text}」不是能识别的日期：请写成 2023-12-01、2023/12/1 10:00 或 2023年12月1日`,
  };
}
