import { isRole } from './actor';
import { CaseErrorCode, CaseRuleViolation } from './case-error';
import type { CaseState, EscalationRungKind, EscalationRung } from './case-state';
import type { CaseStatus } from './case-status';
import { isTerminal } from './case-status';
import { chinaDateOf, isBefore, isChinaDate, isIsoInstant } from './china-time';
import type { CaseCommand } from './commands';
import { mayPerform } from './permissions';

const ACTIVE: readonly CaseStatus[] = ['rectifying', 'awaiting_reinspection'];

/**
 * Throws a CaseRuleViolation when the command may not be performed on the case now. Runs in the
 * update's validator, so a refused action never reaches the workflow's history.
 */
export function assertAllowed(state: CaseState, command: CaseCommand, now: string): void {
  const { actor } = command.input;
  if (!actor || typeof actor.userId !== 'string' || actor.userId.trim() === '') {
    refuse(CaseErrorCode.InvalidInput, 'the acting user is missing');
  }
  if (!isRole(actor.role)) {
    refuse(CaseErrorCode.UnknownRole, `unknown user role "${String(actor.role)}"`);
  }
  if (!mayPerform(actor.role, command.type)) {
    refuse(CaseErrorCode.RoleNotPermitted, `a ${actor.role} may not ${command.type}`);
  }
  if (isTerminal(state.status)) {
    refuse(
      CaseErrorCode.CaseFinished,
      `case ${state.caseNumber} is ${state.status}; nothing more can be done`,
    );
  }
  switch (command.type) {
    case 'issueNotice': {
      requireText(command.input.requirements, 'requirements');
      requireStatus(state, ['awaiting_notice'], 'a notice has already been issued');
      const issuedAt = command.input.issuedAt;
      if (issuedAt !== undefined) {
        if (!isIsoInstant(issuedAt))
          refuse(CaseErrorCode.InvalidInput, 'issuedAt must be an ISO date-time');
        if (isBefore(now, issuedAt))
          refuse(CaseErrorCode.InvalidInput, 'issuedAt cannot be in the future');
        if (isBefore(issuedAt, state.discovery.discoveredAt)) {
          refuse(CaseErrorCode.InvalidInput, 'issuedAt cannot be before the hazard was discovered');
        }
      }
      return;
    }
    case 'serveNotice': {
      requireStatus(
        state,
        ['awaiting_service'],
        state.status === 'awaiting_notice'
          ? 'no notice has been issued yet'
          : 'the notice has already been served',
      );
      requireText(command.input.recipient, 'recipient');
      const servedAt = command.input.servedAt;
      if (servedAt !== undefined) {
        if (!isIsoInstant(servedAt))
          refuse(CaseErrorCode.InvalidInput, 'servedAt must be an ISO date-time');
        if (isBefore(now, servedAt))
          refuse(CaseErrorCode.InvalidInput, 'servedAt cannot be in the future');
        if (state.notice && isBefore(servedAt, state.notice.issuedAt)) {
          refuse(CaseErrorCode.InvalidInput, 'servedAt cannot be before the notice was issued');
        }
      }
      return;
    }
    case 'recordInterimMeasures':
      requireServed(state, 'record interim measures');
      requireStatus(
        state,
        ACTIVE,
        'interim measures can only be recorded while the hazard is being rectified',
      );
      if (!state.interim?.required) {
        refuse(
          CaseErrorCode.InterimMeasuresNotRequired,
          'the policy does not require interim measures for this case',
        );
      }
      if (
        command.input.measures.length === 0 ||
        command.input.measures.some((m) => m.trim() === '')
      ) {
        refuse(CaseErrorCode.InvalidInput, 'measures must list at least one non-empty measure');
      }
      return;
    case 'recordPatrol':
      requireServed(state, 'record a patrol');
      requireStatus(state, ACTIVE, 'patrols are only recorded while the hazard is being rectified');
      if (!state.interim?.measures) {
        refuse(
          CaseErrorCode.InterimMeasuresMissing,
          'no interim measures have been recorded to patrol',
        );
      }
      return;
    case 'reportRectification':
      requireServed(state, 'report a rectification');
      requireText(command.input.note, 'note');
      requireStatus(
        state,
        ['rectifying'],
        'a rectification can only be reported while the case is being rectified',
      );
      return;
    case 'recordReinspection':
      requireServed(state, 're-inspect');
      requireText(command.input.findings, 'findings');
      requireStatus(state, ACTIVE, 'there is nothing to re-inspect');
      return;
    case 'requestExtension':
      requireServed(state, 'request an extension');
      requireText(command.input.reason, 'reason');
      requireStatus(
        state,
        ACTIVE,
        'an extension can only be requested while the hazard is being rectified',
      );
      requireExtensionLeft(state);
      if (state.extensions.some((e) => !e.granted && !e.rejected)) {
        refuse(CaseErrorCode.WrongStatus, 'an extension request is already awaiting a decision');
      }
      return;
    case 'grantExtension':
      requireServed(state, 'grant an extension');
      requireText(command.input.reason, 'reason');
      requireStatus(
        state,
        ACTIVE,
        'an extension can only be granted while the hazard is being rectified',
      );
      requireExtensionLeft(state);
      requireFutureDate(command.input.newDeadlineDate, 'newDeadlineDate', now);
      if (state.deadlineAt && command.input.newDeadlineDate <= chinaDateOf(state.deadlineAt)) {
        refuse(
          CaseErrorCode.InvalidInput,
          `newDeadlineDate must be after the current deadline ${chinaDateOf(state.deadlineAt)}`,
        );
      }
      return;
    case 'rejectExtension':
      requireText(command.input.reason, 'reason');
      if (!state.extensions.some((e) => !e.granted && !e.rejected)) {
        refuse(CaseErrorCode.WrongStatus, 'there is no extension request to reject');
      }
      return;
    case 'scheduleInterview':
      requireOpenRung(state, 'interview');
      requireText(command.input.location, 'location');
      requireText(command.input.interviewee, 'interviewee');
      if (!isIsoInstant(command.input.at))
        refuse(CaseErrorCode.InvalidInput, 'at must be an ISO date-time');
      return;
    case 'recordInterview':
      requireOpenRung(state, 'interview');
      requireText(command.input.summary, 'summary');
      requireFutureDate(command.input.committedDate, 'committedDate', now);
      return;
    case 'issueCriticism':
      requireOpenRung(state, 'criticism');
      requireText(command.input.summary, 'summary');
      return;
    case 'referToEnforcement':
      requireOpenRung(state, 'referral');
      requireText(command.input.agency, 'agency');
      requireText(command.input.summary, 'summary');
      return;
    case 'closeCase':
      if (state.status !== 'rectified') {
        refuse(
          CaseErrorCode.NotRectified,
          `the hazard has not passed a re-inspection (status ${state.status}); an unfixed case cannot be closed`,
        );
      }
      requireText(command.input.note, 'note');
      return;
    case 'voidCase':
      requireText(command.input.reason, 'reason');
      return;
  }
}

export function openRung(state: CaseState, kind: EscalationRungKind): EscalationRung | undefined {
  return state.rungs.find((rung) => rung.kind === kind && !rung.completed);
}

function refuse(code: CaseErrorCode, message: string): never {
  throw new CaseRuleViolation(code, message);
}

function requireText(value: unknown, field: string): void {
  if (typeof value !== 'string' || value.trim() === '')
    refuse(CaseErrorCode.InvalidInput, `${field} must not be empty`);
}

function requireStatus(state: CaseState, allowed: readonly CaseStatus[], why: string): void {
  if (!allowed.includes(state.status))
    refuse(CaseErrorCode.WrongStatus, `${why} (status ${state.status})`);
}

function requireServed(state: CaseState, action: string): void {
  if (!state.notice?.served) {
    refuse(
      CaseErrorCode.NoticeNotServed,
      `cannot ${action} before the rectification notice has been served`,
    );
  }
}

function requireExtensionLeft(state: CaseState): void {
  const granted = state.extensions.filter((e) => e.granted).length;
  if (granted >= state.policy.ladder.maxExtensions) {
    refuse(
      CaseErrorCode.ExtensionLimitReached,
      `the policy allows ${state.policy.ladder.maxExtensions} extension(s) per case and ${granted} has been granted`,
    );
  }
}

function requireOpenRung(state: CaseState, kind: EscalationRungKind): void {
  if (!openRung(state, kind))
    refuse(CaseErrorCode.NoOpenRung, `the case has no open ${kind} step on its escalation ladder`);
}

function requireFutureDate(value: string, field: string, now: string): void {
  if (!isChinaDate(value)) refuse(CaseErrorCode.InvalidInput, `${field} must be a date YYYY-MM-DD`);
  if (value < chinaDateOf(now))
    refuse(CaseErrorCode.InvalidInput, `${field} cannot be in the past`);
}
