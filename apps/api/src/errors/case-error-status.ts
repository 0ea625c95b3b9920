import { HttpStatus } from '@nestjs/common';
import { CaseErrorCode } from '@firecase/domain';

/** The HTTP status of every reason the case workflow gives for refusing an action. */
export function httpStatusOf(code: CaseErrorCode): HttpStatus {
  switch (code) {
    case CaseErrorCode.InvalidInput:
    case CaseErrorCode.UnknownRole:
      return HttpStatus.BAD_REQUEST;
    case CaseErrorCode.RoleNotPermitted:
      return HttpStatus.FORBIDDEN;
    case CaseErrorCode.WrongStatus:
    case CaseErrorCode.NoticeNotServed:
    case CaseErrorCode.ExtensionLimitReached:
    case CaseErrorCode.NotRectified:
    case CaseErrorCode.InterimMeasuresNotRequired:
    case CaseErrorCode.InterimMeasuresMissing:
    case CaseErrorCode.NoOpenRung:
    case CaseErrorCode.CaseFinished:
      return HttpStatus.CONFLICT;
  }
}
