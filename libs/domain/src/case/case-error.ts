/** Why the workflow refused an action; the API maps every code to an HTTP status in one switch. */
export enum CaseErrorCode {
  UnknownRole = 'UNKNOWN_ROLE',
  RoleNotPermitted = 'ROLE_NOT_PERMITTED',
  WrongStatus = 'WRONG_STATUS',
  NoticeNotServed = 'NOTICE_NOT_SERVED',
  ExtensionLimitReached = 'EXTENSION_LIMIT_REACHED',
  NotRectified = 'NOT_RECTIFIED',
  InterimMeasuresNotRequired = 'INTERIM_MEASURES_NOT_REQUIRED',
  InterimMeasuresMissing = 'INTERIM_MEASURES_MISSING',
  NoOpenRung = 'NO_OPEN_RUNG',
  InvalidInput = 'INVALID_INPUT',
  CaseFinished = 'CASE_FINISHED',
}

/** A rule of the case lifecycle that an action broke; its message is shown to the user as is. */
export class CaseRuleViolation extends Error {
  constructor(
    readonly code: CaseErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CaseRuleViolation';
  }
}
