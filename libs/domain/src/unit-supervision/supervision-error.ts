/** Why a unit supervision case refused an action; the API maps each to an HTTP status. */
export enum SupervisionErrorCode {
  InvalidInput = 'INVALID_INPUT',
  RoleNotPermitted = 'ROLE_NOT_PERMITTED',
  WrongRung = 'WRONG_RUNG',
  RungDone = 'RUNG_DONE',
  InterviewNotScheduled = 'INTERVIEW_NOT_SCHEDULED',
  SupervisionClosed = 'SUPERVISION_CLOSED',
}

export class SupervisionRuleViolation extends Error {
  constructor(
    readonly code: SupervisionErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SupervisionRuleViolation';
  }
}
