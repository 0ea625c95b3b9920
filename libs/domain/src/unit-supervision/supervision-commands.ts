import type { Actor, Role } from '../case/actor';
import { isBefore, isChinaDate, chinaDateOf } from '../case/china-time';
import type { ChinaDate } from '../case/commands';
import type { EvidenceRef } from '../case/discovery';
import { addDuration } from '../campaign/duration';
import type { UnitNotification } from '../units/unit-notification';
import { closeSupervision as close, supervisionNotification } from './supervision-notify';
import { SupervisionErrorCode, SupervisionRuleViolation } from './supervision-error';
import {
  currentRung,
  recordSupervisionEvent,
  type SupervisionRung,
  type UnitSupervisionState,
} from './supervision-state';
import { criticismText, interviewScheduledText, noticeIssuedText } from './supervision-texts';

/** What supervisors do on a unit supervision case; each is one Temporal update of its workflow. */
export interface SupervisionCommands {
  /** 督办通知: issued to the unit. */
  issueSupervisionNotice: {
    readonly actor: Actor;
    readonly summary: string;
    readonly evidence: readonly EvidenceRef[];
  };
  /** 通报批评: its numbered notice has been issued (the API renders and stores the PDF first). */
  issueCriticism: {
    readonly actor: Actor;
    readonly noticeNo: string;
    readonly summary: string;
    readonly evidence: readonly EvidenceRef[];
  };
  /** 约谈单位负责人: when, where, whom. */
  scheduleInterview: {
    readonly actor: Actor;
    readonly at: string;
    readonly location: string;
    readonly interviewee: string;
  };
  /** 约谈: held, its outcome and the date the unit commits to. */
  recordInterview: {
    readonly actor: Actor;
    readonly heldAt?: string;
    readonly outcome: string;
    readonly committedDate: ChinaDate;
    readonly evidence: readonly EvidenceRef[];
  };
  /** Closed by a supervisor, with a reason. */
  closeSupervision: { readonly actor: Actor; readonly reason: string };
}

export type SupervisionCommandType = keyof SupervisionCommands;
export const SUPERVISION_COMMAND_TYPES = [
  'issueSupervisionNotice',
  'issueCriticism',
  'scheduleInterview',
  'recordInterview',
  'closeSupervision',
] as const satisfies readonly SupervisionCommandType[];

export type SupervisionCommand = {
  [K in SupervisionCommandType]: { readonly type: K; readonly input: SupervisionCommands[K] };
}[SupervisionCommandType];

/** Supervisors act on unit supervision; whose units is the API's scope check. */
export const SUPERVISION_COMMAND_ROLES: Readonly<Record<SupervisionCommandType, readonly Role[]>> =
  {
    issueSupervisionNotice: ['supervisor'],
    issueCriticism: ['supervisor'],
    scheduleInterview: ['supervisor'],
    recordInterview: ['supervisor'],
    closeSupervision: ['supervisor'],
  };

/** Throws SupervisionRuleViolation when the command may not be applied now; changes nothing. */
export function assertSupervisionCommandAllowed(
  state: UnitSupervisionState,
  command: SupervisionCommand,
  now: string,
): void {
  if (!SUPERVISION_COMMAND_ROLES[command.type].includes(command.input.actor.role)) {
    refuse(
      SupervisionErrorCode.RoleNotPermitted,
      `a ${command.input.actor.role} may not ${command.type}`,
    );
  }
  if (state.status === 'closed') {
    refuse(SupervisionErrorCode.SupervisionClosed, `supervision case ${state.number} is closed`);
  }
  const rung = currentRung(state)!;
  switch (command.type) {
    case 'issueSupervisionNotice':
      return expectRung(rung, 'supervision_notice', rung.issued === undefined);
    case 'issueCriticism':
      if (!command.input.noticeNo.trim())
        refuse(SupervisionErrorCode.InvalidInput, 'noticeNo is empty');
      return expectRung(rung, 'criticism', rung.issued === undefined);
    case 'scheduleInterview':
      expectRung(rung, 'interview', rung.held === undefined);
      if (isBefore(command.input.at, rung.openedAt)) {
        refuse(SupervisionErrorCode.InvalidInput, 'at is before the interview rung opened');
      }
      return;
    case 'recordInterview': {
      expectRung(rung, 'interview', rung.held === undefined);
      if (!rung.scheduled) {
        refuse(SupervisionErrorCode.InterviewNotScheduled, 'the interview has not been scheduled');
      }
      const heldAt = command.input.heldAt ?? now;
      if (isBefore(now, heldAt))
        refuse(SupervisionErrorCode.InvalidInput, 'heldAt is in the future');
      const { committedDate } = command.input;
      if (!isChinaDate(committedDate)) {
        refuse(SupervisionErrorCode.InvalidInput, 'committedDate must be a date YYYY-MM-DD');
      }
      const latest = chinaDateOf(addDuration(heldAt, state.policy.rungs.commitmentAtMost));
      if (committedDate < chinaDateOf(heldAt) || committedDate > latest) {
        refuse(
          SupervisionErrorCode.InvalidInput,
          `committedDate must lie between the interview and ${latest}`,
        );
      }
      return;
    }
    case 'closeSupervision':
      if (!command.input.reason.trim())
        refuse(SupervisionErrorCode.InvalidInput, 'reason is empty');
      return;
  }
}

/** Applies an allowed command and returns what it must send. */
export function applySupervisionCommand(
  state: UnitSupervisionState,
  command: SupervisionCommand,
  now: string,
): UnitNotification[] {
  const rung = currentRung(state)!;
  switch (command.type) {
    case 'issueSupervisionNotice': {
      const { actor, summary, evidence } = command.input;
      rung.issued = { at: now, by: actor, summary, evidence };
      recordSupervisionEvent(
        state,
        now,
        'supervision_notice_issued',
        actor,
        `下达督办通知：${summary}`,
      );
      return [
        supervisionNotification(
          state,
          'supervision_notice',
          'notice',
          state.unit,
          noticeIssuedText(state, summary),
        ),
      ];
    }
    case 'issueCriticism': {
      const { actor, noticeNo, summary, evidence } = command.input;
      rung.issued = { at: now, by: actor, summary, evidence, noticeNo };
      recordSupervisionEvent(
        state,
        now,
        'criticism_issued',
        actor,
        `通报批评（${noticeNo}）：${summary}`,
        {
          noticeNo,
        },
      );
      const text = criticismText(state, noticeNo);
      return [
        supervisionNotification(state, 'supervision_criticism', 'criticism', state.unit, text),
        supervisionNotification(state, 'supervision_criticism', 'criticism', undefined, text),
      ];
    }
    case 'scheduleInterview': {
      const { actor, at, location, interviewee } = command.input;
      rung.scheduled = { at, location, interviewee, by: actor };
      recordSupervisionEvent(
        state,
        now,
        'interview_scheduled',
        actor,
        `安排约谈${interviewee}：${location}`,
        { at },
      );
      return [
        supervisionNotification(
          state,
          'supervision_interview',
          `interview-${state.revision}`,
          state.unit,
          interviewScheduledText(state, at, location),
        ),
      ];
    }
    case 'recordInterview': {
      const { actor, outcome, committedDate, evidence } = command.input;
      const heldAt = command.input.heldAt ?? now;
      rung.held = { at: heldAt, by: actor, outcome, committedDate, evidence };
      rung.commitmentDueAt = endOfChinaDate(committedDate);
      recordSupervisionEvent(
        state,
        now,
        'interview_held',
        actor,
        `约谈完成，承诺${committedDate}前整改到位：${outcome}`,
        { committedDate },
      );
      return [];
    }
    case 'closeSupervision':
      return close(state, now, command.input.actor, command.input.reason, false);
  }
}

function expectRung(rung: SupervisionRung, kind: SupervisionRung['kind'], open: boolean): void {
  if (rung.kind !== kind) {
    refuse(SupervisionErrorCode.WrongRung, `the case is at the ${rung.kind} rung, not ${kind}`);
  }
  if (!open) refuse(SupervisionErrorCode.RungDone, `the ${kind} rung is done already`);
}

/** 24:00 of a Beijing date, as an instant. */
function endOfChinaDate(date: ChinaDate): string {
  return new Date(Date.parse(`${date}T00:00:00+08:00`) + 86_400_000).toISOString();
}

function refuse(code: SupervisionErrorCode, message: string): never {
  throw new SupervisionRuleViolation(code, message);
}
