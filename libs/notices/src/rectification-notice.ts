import type { ChinaDate, ResponsibleParty } from '@firecase/domain';

/**
 * What a 整改通知书 says apart from its number. It is what the notice_document row keeps as
 * `content`: the number is only known inside the transaction that issues the notice.
 */
export interface RectificationNoticeContent {
  readonly caseNumber: string;
  /** 发文机关, e.g. 重庆市万州区太白街道办事处: configuration, not code. */
  readonly issuer: string;
  /** 责任单位/责任人, to whom the notice is addressed. */
  readonly responsibleParty: ResponsibleParty;
  readonly address: string;
  /** The hazard type as printed (the catalogue's nameZh), not its code. */
  readonly hazardType: string;
  readonly hazardDescription: string;
  readonly requirements: string;
  /** 整改期限: the last day to rectify, a date in China. */
  readonly deadline: ChinaDate;
  /** 临时防范措施 required while the hazard stays open. */
  readonly interimMeasuresRequired: boolean;
  /** ISO instant; printed as its date in China. */
  readonly issuedAt: string;
  /** On a reissue: the number of the notice this one replaces. */
  readonly replacesNoticeNo?: string;
}

export interface RectificationNoticeData extends RectificationNoticeContent {
  /** e.g. 太白消整〔2024〕第0001号, from formatNoticeNo. */
  readonly noticeNo: string;
}
