/** Why a campaign refused an action; the API maps every code to an HTTP status in one switch. */
export enum CampaignErrorCode {
  InvalidInput = 'INVALID_INPUT',
  RoleNotPermitted = 'ROLE_NOT_PERMITTED',
  TaskNotFound = 'SWEEP_TASK_NOT_FOUND',
  TaskNotOpen = 'SWEEP_TASK_NOT_OPEN',
  CampaignFinished = 'CAMPAIGN_FINISHED',
}

/** A rule of a campaign that an action broke; its message is shown to the user as is. */
export class CampaignRuleViolation extends Error {
  constructor(
    readonly code: CampaignErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CampaignRuleViolation';
  }
}
