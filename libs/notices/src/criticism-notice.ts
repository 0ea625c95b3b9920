import { chinaDateOf } from '@firecase/domain';

/** 机关代字 of the Taibai sub-district office for criticism notices of its units (消防督办). */
export const CRITICISM_NOTICE_NO_PREFIX = '太白消督';

/** 太白消督〔2026〕第0001号: a series of its own, gapless per year like 整改通知书. */
export function formatCriticismNoticeNo(year: number, number: number): string {
  if (!Number.isInteger(year) || !Number.isInteger(number) || number < 1) {
    throw new RangeError(
      `a notice number needs a whole year and a number from 1, got ${year}/${number}`,
    );
  }
  return `${CRITICISM_NOTICE_NO_PREFIX}〔${year}〕第${String(number).padStart(4, '0')}号`;
}

export function criticismNoticeYearOf(issuedAt: string): number {
  return Number(chinaDateOf(issuedAt).slice(0, 4));
}

/** What a 通报批评 says apart from its number; kept as the stored notice's `content`. */
export interface CriticismNoticeContent {
  /** 发文机关, e.g. 重庆市万州区太白街道办事处. */
  readonly issuer: string;
  readonly supervisionNumber: string;
  readonly campaignName: string;
  /** The unit criticised, as users know it, e.g. 太白社区 or 应急办. */
  readonly unitName: string;
  /** Why: the lagging figures, in words (隐患逾期率35%，超过20% …). */
  readonly reasons: readonly string[];
  /** The figures the notice cites. */
  readonly figures: {
    readonly found: number;
    readonly rectified: number;
    readonly overdue: number;
    readonly rectificationRate: number | null;
    readonly undoneSweepTasks: number;
  };
  /** When the 督办通知 went out, as the record of what came before. */
  readonly supervisionNoticeIssuedAt?: string;
  /** The supervisor's text: what the unit failed to do and what it must do now. */
  readonly summary: string;
  /** What the unit must do next: report within a date, the head's interview if it does not. */
  readonly requirements: string;
  readonly issuedAt: string;
}

export interface CriticismNoticeData extends CriticismNoticeContent {
  readonly noticeNo: string;
}
