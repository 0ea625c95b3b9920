export { chinaDateText } from './china-date-text';
export { type CjkFontWeight, cjkFontPath, NoticeFontMissingError } from './cjk-font';
export { formatNoticeNo, NOTICE_NO_PREFIX, noticeYearOf } from './notice-number';
export type { RectificationNoticeContent, RectificationNoticeData } from './rectification-notice';
export { renderRectificationNotice } from './render-rectification-notice';
export {
  CRITICISM_NOTICE_NO_PREFIX,
  type CriticismNoticeContent,
  type CriticismNoticeData,
  criticismNoticeYearOf,
  formatCriticismNoticeNo,
} from './criticism-notice';
export { renderCriticismNotice } from './render-criticism-notice';
