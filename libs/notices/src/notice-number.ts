import { chinaDateOf } from '@firecase/domain';

/** 机关代字 of the Taibai sub-district office for rectification notices (消防整改). */
export const NOTICE_NO_PREFIX = '太白消整';

/** 太白消整〔2024〕第0001号: the year in hexagonal brackets, the number padded to four digits. */
export function formatNoticeNo(year: number, number: number): string {
  if (!Number.isInteger(year) || !Number.isInteger(number) || number < 1) {
    throw new RangeError(
      `a notice number needs a whole year and a number from 1, got ${year}/${number}`,
    );
  }
  return `${NOTICE_NO_PREFIX}〔${year}〕第${String(number).padStart(4, '0')}号`;
}

/** Numbering restarts each year, and the year is the one in China when the notice is issued. */
export function noticeYearOf(issuedAt: string): number {
  return Number(chinaDateOf(issuedAt).slice(0, 4));
}
