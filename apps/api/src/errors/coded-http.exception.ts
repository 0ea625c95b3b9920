import { HttpException, HttpStatus } from '@nestjs/common';
import type { ApiErrorCode } from '@firecase/domain';

/**
 * An API error with a stable reason code beside its message (labelled in Chinese by
 * API_ERROR_CODE_LABELS), for the failures that are not the workflow's own refusals.
 */
export class CodedHttpException extends HttpException {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    status: HttpStatus,
  ) {
    super(message, status);
  }
}

/** 503: the case workflow cannot take actions now (Temporal down, or no worker polling). */
export class CaseWorkflowUnavailableException extends CodedHttpException {
  constructor(message: string) {
    super('WORKFLOW_UNAVAILABLE', message, HttpStatus.SERVICE_UNAVAILABLE);
  }
}

/** 422: an Idempotency-Key that was first sent with a different request. */
export class IdempotencyKeyReusedException extends CodedHttpException {
  constructor(message: string) {
    super('IDEMPOTENCY_KEY_REUSED', message, HttpStatus.UNPROCESSABLE_ENTITY);
  }
}
