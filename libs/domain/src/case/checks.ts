// The small checks that command modules compose. Each refusal carries a code from CaseErrorCode
// (the API maps codes to HTTP) and a message the user is shown as it is.
import { CaseErrorCode, CaseRuleViolation } from './case-error';
import type { CaseState, EscalationRung, EscalationRungKind } from './case-state';
import type { CaseStatus } from './case-status';
import { chinaDateOf, isBefore, isChinaDate, isIsoInstant } from './china-time';

export const ACTIVE: readonly CaseStatus[] = ['rectifying', 'awaiting_reinspection'];

export function refuse(code: CaseErrorCode, message: string): never {
  throw new CaseRuleViolation(code, message);
}

export function requireText(value: unknown, field: string): void {
  if (typeof value !== 'string' || value.trim() === '')
    refuse(CaseErrorCode.InvalidInput, `${field} must not be empty`);
}

export function requireStatus(state: CaseState, allowed: readonly CaseStatus[], why: string): void {
  if (!allowed.includes(state.status))
    refuse(CaseErrorCode.WrongStatus, `${why} (status ${state.status})`);
}

export function requireServed(state: CaseState, action: string): void {
  if (!state.notice?.served) {
    refuse(
      CaseErrorCode.NoticeNotServed,
      `cannot ${action} before the rectification notice has been served`,
    );
  }
}

export function requireExtensionLeft(state: CaseState): void {
  const granted = state.extensions.filter((e) => e.granted).length;
  if (granted >= state.policy.ladder.maxExtensions) {
    refuse(
      CaseErrorCode.ExtensionLimitReached,
      `the policy allows ${state.policy.ladder.maxExtensions} extension(s) per case and ${granted} has been granted`,
    );
  }
}

export function openRung(state: CaseState, kind: EscalationRungKind): EscalationRung | undefined {
  return state.rungs.find((rung) => rung.kind === kind && !rung.completed);
}

export function requireOpenRung(state: CaseState, kind: EscalationRungKind): EscalationRung {
  const rung = openRung(state, kind);
  if (!rung)
    refuse(CaseErrorCode.NoOpenRung, `the case has no open ${kind} step on its escalation ladder`);
  return rung;
}

export function requireFutureDate(value: string, field: string, now: string): void {
  if (!isChinaDate(value)) refuse(CaseErrorCode.InvalidInput, `${field} must be a date YYYY-MM-DD`);
  if (value < chinaDateOf(now))
    refuse(CaseErrorCode.InvalidInput, `${field} cannot be in the past`);
}

/** An optional instant entered for something done earlier (a paper notice, a service). */
export function requirePastInstant(
  value: string | undefined,
  field: string,
  now: string,
  notBefore: { readonly at: string; readonly what: string },
): void {
  if (value === undefined) return;
  if (!isIsoInstant(value)) refuse(CaseErrorCode.InvalidInput, `${field} must be an ISO date-time`);
  if (isBefore(now, value)) refuse(CaseErrorCode.InvalidInput, `${field} cannot be in the future`);
  if (isBefore(value, notBefore.at))
    refuse(CaseErrorCode.InvalidInput, `${field} cannot be before ${notBefore.what}`);
}

export const pendingExtensionRequest = (state: CaseState) =>
  state.extensions.find((e) => !e.granted && !e.rejected);
