import { HttpStatus } from '@nestjs/common';
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { CAMPAIGN_RULE_VIOLATION } from '@firecase/contract';
import { CampaignErrorCode } from '@firecase/domain';
import { CodedRefusalException } from '../errors/coded-refusal.exception';

/** The HTTP status of every reason a campaign gives for refusing an action. */
export function campaignHttpStatusOf(code: CampaignErrorCode): HttpStatus {
  switch (code) {
    case CampaignErrorCode.InvalidInput:
      return HttpStatus.BAD_REQUEST;
    case CampaignErrorCode.RoleNotPermitted:
      return HttpStatus.FORBIDDEN;
    case CampaignErrorCode.TaskNotFound:
      return HttpStatus.NOT_FOUND;
    case CampaignErrorCode.TaskNotOpen:
    case CampaignErrorCode.CampaignFinished:
      return HttpStatus.CONFLICT;
  }
}

export function campaignRefusal(code: CampaignErrorCode, message: string): CodedRefusalException {
  return new CodedRefusalException(code, message, campaignHttpStatusOf(code));
}

/** What Temporal says about a campaign update, as the API's errors; anything else rethrown. */
export function translateCampaignError(code: string, error: unknown): never {
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
    const failure = error.cause;
    const reason = failure.details?.[0];
    if (failure.type === CAMPAIGN_RULE_VIOLATION && isCampaignErrorCode(reason)) {
      throw campaignRefusal(reason, failure.message);
    }
  }
  if (error instanceof WorkflowNotFoundError) {
    // The workflow has finished (closed or cancelled): updates no longer reach it.
    throw campaignRefusal(CampaignErrorCode.CampaignFinished, `campaign ${code} is finished`);
  }
  throw error;
}

function isCampaignErrorCode(value: unknown): value is CampaignErrorCode {
  return Object.values(CampaignErrorCode).includes(value as CampaignErrorCode);
}
