export { chinaDateText } from './china-date-text';
export { type CjkFontWeight, cjkFontPath, NoticeFontMissingError } from './cjk-font';
export { formatNoticeNo, NOTICE_NO_PREFIX, noticeYearOf } from './notice-number';
export type { RectificationNoticeContent, RectificationNoticeData } from './rectification-notice';
export { rectificationNoticeContent } from './rectification-notice-content';
export { renderRectificationNotice } from './render-rectification-notice';
export {
  CRITICISM_NOTICE_NO_PREFIX,
  type CriticismNoticeContent,
  type CriticismNoticeData,
  criticismNoticeYearOf,
  formatCriticismNoticeNo,
} from './criticism-notice';
export { renderCriticismNotice } from './render-criticism-notice';
export type * from './progress-report';
export { REPORT_TITLE, reportHeading } from './progress-report-sections';
export { renderProgressReportPdf } from './render-progress-report-pdf';
export { renderProgressReportXlsx } from './render-progress-report-xlsx';
export { renderProgressReport } from './render-progress-report';
