export { chinaDateText } from './china-date-text';
export { type CjkFontWeight, cjkFontPath, NoticeFontMissingError } from './cjk-font';
export { formatNoticeNo, NOTICE_NO_PREFIX, noticeYearOf } from './notice-number';
export type { RectificationNoticeContent, RectificationNoticeData } from './rectification-notice';
export { rectificationNoticeContent } from './rectification-notice-content';
export { renderRectificationNotice } from './render-rectification-notice';
