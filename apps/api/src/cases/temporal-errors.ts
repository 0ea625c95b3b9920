import { NotFoundException } from '@nestjs/common';
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { CASE_RULE_VIOLATION } from '@firecase/contract';
import { CaseRefusedException, isCaseErrorCode } from '../errors/case-refused.exception';

/** Translates what Temporal says about a case into the API's errors; anything else is rethrown. */
export function translateCaseError(caseNumber: string, error: unknown): never {
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
    const failure = error.cause;
    const code = failure.details?.[0];
    if (failure.type === CASE_RULE_VIOLATION && isCaseErrorCode(code)) {
      throw new CaseRefusedException(code, failure.message);
    }
  }
  if (error instanceof WorkflowNotFoundError || isNotFound(error)) {
    throw new NotFoundException(`case ${caseNumber} not found`);
  }
  throw error;
}

function isNotFound(error: unknown): boolean {
  // A gRPC NOT_FOUND (code 5) from the frontend, e.g. for an unknown workflow id.
  const code =
    (error as { code?: unknown; cause?: { code?: unknown } } | undefined)?.code ??
    (error as { cause?: { code?: unknown } })?.cause?.code;
  return code === 5;
}

/** A call that ran out of time or could not reach Temporal (gRPC DEADLINE_EXCEEDED or UNAVAILABLE). */
export function isTemporalUnreachable(error: unknown): boolean {
  const code =
    (error as { code?: unknown } | undefined)?.code ??
    (error as { cause?: { code?: unknown } } | undefined)?.cause?.code;
  return code === 4 || code === 14;
}
