import { HttpException } from '@nestjs/common';
import { CaseErrorCode } from '@firecase/domain';
import { httpStatusOf } from './case-error-status';

/** The workflow refused an action; carries its reason code and message to the client. */
export class CaseRefusedException extends HttpException {
  constructor(
    readonly code: CaseErrorCode,
    message: string,
  ) {
    super(message, httpStatusOf(code));
  }
}

export function isCaseErrorCode(value: unknown): value is CaseErrorCode {
  return Object.values(CaseErrorCode).includes(value as CaseErrorCode);
}
