/** Why a reissue was refused; the API maps each code to an HTTP status in its one switch. */
export enum NoticeIssueRefusalCode {
  /** The notice to replace does not exist. */
  ReplacedNoticeUnknown = 'REPLACED_NOTICE_UNKNOWN',
  /** The notice to replace belongs to another case. */
  ReplacedNoticeOfOtherCase = 'REPLACED_NOTICE_OF_OTHER_CASE',
  /** The notice was already replaced: replace its replacement, so reissues stay one line. */
  NoticeAlreadyReplaced = 'NOTICE_ALREADY_REPLACED',
}

export class NoticeIssueRefused extends Error {
  constructor(
    readonly code: NoticeIssueRefusalCode,
    message: string,
  ) {
    super(message);
    this.name = 'NoticeIssueRefused';
  }
}
