import { HttpStatus, NotFoundException } from '@nestjs/common';
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { SUPERVISION_RULE_VIOLATION } from '@firecase/contract';
import { SupervisionErrorCode } from '@firecase/domain';
import { CodedRefusalException } from '../errors/coded-refusal.exception';

/** The HTTP status of every reason a unit supervision case gives for refusing an action. */
export function supervisionHttpStatusOf(code: SupervisionErrorCode): HttpStatus {
  switch (code) {
    case SupervisionErrorCode.InvalidInput:
      return HttpStatus.BAD_REQUEST;
    case SupervisionErrorCode.RoleNotPermitted:
      return HttpStatus.FORBIDDEN;
    case SupervisionErrorCode.WrongRung:
    case SupervisionErrorCode.RungDone:
    case SupervisionErrorCode.InterviewNotScheduled:
    case SupervisionErrorCode.SupervisionClosed:
      return HttpStatus.CONFLICT;
  }
}

export function supervisionRefusal(code: SupervisionErrorCode, message: string) {
  return new CodedRefusalException(code, message, supervisionHttpStatusOf(code));
}

/** What Temporal says about a supervision update, as the API's errors; anything else rethrown. */
export function translateSupervisionError(number: string, error: unknown): never {
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
    const reason = error.cause.details?.[0];
    if (error.cause.type === SUPERVISION_RULE_VIOLATION && isSupervisionErrorCode(reason)) {
      throw supervisionRefusal(reason, error.cause.message);
    }
  }
  if (error instanceof WorkflowNotFoundError) {
    throw supervisionRefusal(
      SupervisionErrorCode.SupervisionClosed,
      `supervision case ${number} is closed`,
    );
  }
  if (error instanceof NotFoundException) throw error;
  throw error;
}

function isSupervisionErrorCode(value: unknown): value is SupervisionErrorCode {
  return Object.values(SupervisionErrorCode).includes(value as SupervisionErrorCode);
}
