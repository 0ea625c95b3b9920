import type { Actor } from './actor';
import { openRung } from './case-rules';
import type { CaseState } from './case-state';
import { addCalendarDaysTo, calendarDaysBetween, chinaDateOf } from './china-time';
import type { CaseCommand } from './commands';
import { type DeadlineRequest, type PlannedDeadlines, plannedDeadline } from './deadline-plan';
import { type CaseNotification, notifier } from './effects';
import { recordEvent } from './case-events';
import { setDeadline } from './set-deadline';

/** The deadlines a command needs computed (by the calendar activity) before it is applied. */
export function deadlineRequestsFor(
  state: CaseState,
  command: CaseCommand,
  now: string,
): DeadlineRequest[] {
  const { policy } = state;
  switch (command.type) {
    case 'issueNotice': {
      const issuedAt = command.input.issuedAt ?? now;
      return [
        {
          key: 'rectification',
          from: issuedAt,
          rule: policy.rectification[state.discovery.severity],
        },
        { key: 'service', from: issuedAt, rule: policy.serviceWithin },
      ];
    }
    case 'serveNotice':
      return state.interim?.required
        ? [
            {
              key: 'interim_measures',
              from: command.input.servedAt ?? now,
              rule: policy.interimMeasures.recordWithin,
            },
          ]
        : [];
    case 'reportRectification':
      return [{ key: 'reinspection', from: now, rule: policy.reinspectionWithin }];
    case 'grantExtension':
      return [{ key: 'extension', from: now, rule: { endOfDate: command.input.newDeadlineDate } }];
    case 'recordInterview':
      return [{ key: 'commitment', from: now, rule: { endOfDate: command.input.committedDate } }];
    default:
      return [];
  }
}

/**
 * Applies an allowed command (see assertAllowed) to the case and returns the notifications it
 * causes. `now` is workflow time; `planned` holds the deadlines deadlineRequestsFor asked for.
 * The evidence a command cites is kept with the timeline events it produced, so the audit trail
 * shows what each step rested on.
 */
export function applyCommand(
  state: CaseState,
  command: CaseCommand,
  now: string,
  planned: PlannedDeadlines,
): CaseNotification[] {
  const firstNew = state.events.length;
  const notifications = applyToState(state, command, now, planned);
  const evidence = 'evidence' in command.input ? command.input.evidence : [];
  if (evidence.length > 0) {
    for (let i = firstNew; i < state.events.length; i += 1) {
      const event = state.events[i];
      state.events[i] = { ...event, detail: { ...event.detail, evidence } };
    }
  }
  return notifications;
}

function applyToState(
  state: CaseState,
  command: CaseCommand,
  now: string,
  planned: PlannedDeadlines,
): CaseNotification[] {
  const { notifications, notify } = notifier(state.caseNumber);
  switch (command.type) {
    case 'issueNotice': {
      const { actor, requirements } = command.input;
      const issuedAt = command.input.issuedAt ?? now;
      const deadline = plannedDeadline(planned, 'rectification');
      const serviceDueAt = plannedDeadline(planned, 'service');
      state.notice = { issuedAt, issuedBy: actor, requirements, serviceDueAt };
      setDeadline(
        state,
        'service',
        serviceDueAt,
        now,
        'statutory: serve within the policy span of issue',
        actor,
      );
      setDeadline(
        state,
        'rectification',
        deadline,
        now,
        `policy ${state.policy.version}: ${state.discovery.severity} hazard`,
        actor,
      );
      state.deadlineAt = deadline;
      state.interim = {
        required: interimMeasuresRequired(state, issuedAt, deadline),
        patrols: [],
        missedPatrols: [],
      };
      state.status = 'awaiting_service';
      recordEvent(
        state,
        now,
        'notice_issued',
        actor,
        `rectification notice issued; rectify by ${chinaDateOf(deadline)}`,
        {
          deadlineAt: deadline,
          serviceDueAt,
          interimMeasuresRequired: state.interim.required,
        },
      );
      return notifications;
    }
    case 'serveNotice': {
      const { actor, method, recipient, evidence } = command.input;
      const servedAt = command.input.servedAt ?? now;
      state.notice!.served = { servedAt, method, recipient, recordedBy: actor, evidence };
      state.status = 'rectifying';
      if (state.interim?.required) {
        const dueAt = plannedDeadline(planned, 'interim_measures');
        state.interim = { ...state.interim, dueAt };
        setDeadline(
          state,
          'interim_measures',
          dueAt,
          now,
          'policy: interim safeguards required',
          actor,
        );
      }
      recordEvent(state, now, 'notice_served', actor, `notice served on ${recipient} (${method})`, {
        servedAt,
        method,
        recipient,
      });
      notify({
        audience: 'responsible_party',
        kind: 'notice_served',
        message: `Rectification notice served; rectify by ${chinaDateOf(state.deadlineAt!)}`,
        dedupeKey: `${state.caseNumber}:notice_served`,
      });
      return notifications;
    }
    case 'recordInterimMeasures': {
      const { actor, measures, evidence } = command.input;
      const interim = state.interim!;
      interim.measures = { items: measures, recordedAt: now, recordedBy: actor, evidence };
      interim.nextPatrolDueAt = addCalendarDaysTo(
        now,
        state.policy.interimMeasures.patrolEveryCalendarDays,
      );
      recordEvent(
        state,
        now,
        'interim_measures_recorded',
        actor,
        `interim measures: ${measures.join('; ')}`,
        { nextPatrolDueAt: interim.nextPatrolDueAt },
      );
      return notifications;
    }
    case 'recordPatrol': {
      const { actor, measuresInPlace, note, evidence } = command.input;
      const interim = state.interim!;
      interim.patrols.push({ at: now, by: actor, measuresInPlace, note, evidence });
      interim.nextPatrolDueAt = addCalendarDaysTo(
        now,
        state.policy.interimMeasures.patrolEveryCalendarDays,
      );
      recordEvent(
        state,
        now,
        'patrol_recorded',
        actor,
        measuresInPlace
          ? 'patrol: interim measures in place'
          : 'patrol: interim measures NOT in place',
        { nextPatrolDueAt: interim.nextPatrolDueAt, note },
      );
      if (!measuresInPlace) {
        notify({
          audience: 'department_leader',
          kind: 'interim_measures_breached',
          message: `Patrol found interim measures not in place${note ? `: ${note}` : ''}`,
          dedupeKey: `${state.caseNumber}:patrol_breach:${now}`,
        });
      }
      return notifications;
    }
    case 'reportRectification': {
      const { actor, note, evidence } = command.input;
      state.rectificationReports.push({ at: now, by: actor, note, evidence });
      openReinspection(state, now, plannedDeadline(planned, 'reinspection'), 'reported', actor);
      recordEvent(state, now, 'rectification_reported', actor, `rectification reported: ${note}`);
      notify({
        audience: 'officer',
        kind: 'reinspection_due',
        message: `Re-inspection due by ${chinaDateOf(state.reinspectionDueAt!)}`,
        dedupeKey: `${state.caseNumber}:reinspection_due:${state.reinspectionDueAt}`,
      });
      return notifications;
    }
    case 'recordReinspection': {
      const { actor, passed, findings, evidence } = command.input;
      state.reinspections.push({ at: now, by: actor, passed, findings, evidence });
      state.reinspectionDueAt = undefined;
      state.reinspectionReason = undefined;
      if (passed) {
        state.status = 'rectified';
        state.overdue = false;
        recordEvent(state, now, 'reinspection_passed', actor, `re-inspection passed: ${findings}`);
        notify({
          audience: 'supervisor',
          kind: 'closure_due',
          message: 'Re-inspection passed; the case awaits closure (销号)',
          dedupeKey: `${state.caseNumber}:closure_due`,
        });
      } else {
        // Back to rectification under the deadline in force; if it has passed, the ladder's
        // clocks (still running) decide what happens next.
        state.status = 'rectifying';
        recordEvent(state, now, 'reinspection_failed', actor, `re-inspection failed: ${findings}`);
        notify({
          audience: 'responsible_party',
          kind: 'reinspection_failed',
          message: `Re-inspection failed: ${findings}`,
          dedupeKey: `${state.caseNumber}:reinspection_failed:${now}`,
        });
      }
      return notifications;
    }
    case 'requestExtension': {
      const { actor, reason } = command.input;
      state.extensions.push({ requestedAt: now, requestedBy: actor, requestReason: reason });
      recordEvent(state, now, 'extension_requested', actor, `extension requested: ${reason}`);
      notify({
        audience: 'department_leader',
        kind: 'extension_requested',
        message: `Extension requested: ${reason}`,
        dedupeKey: `${state.caseNumber}:extension_requested:${now}`,
      });
      return notifications;
    }
    case 'grantExtension': {
      const { actor, reason, newDeadlineDate } = command.input;
      const newDeadline = plannedDeadline(planned, 'extension');
      const pending = state.extensions.find((e) => !e.granted && !e.rejected);
      const granted = { at: now, by: actor, reason, newDeadline };
      if (pending) pending.granted = granted;
      else state.extensions.push({ granted });
      moveDeadline(state, newDeadline, now, `extension (延期) granted: ${reason}`, actor);
      recordEvent(
        state,
        now,
        'extension_granted',
        actor,
        `extension granted to ${newDeadlineDate}: ${reason}`,
        { newDeadline },
      );
      notify({
        audience: 'responsible_party',
        kind: 'extension_granted',
        message: `Deadline extended to ${newDeadlineDate}`,
        dedupeKey: `${state.caseNumber}:extension_granted:${newDeadline}`,
      });
      return notifications;
    }
    case 'rejectExtension': {
      const { actor, reason } = command.input;
      const pending = state.extensions.find((e) => !e.granted && !e.rejected)!;
      pending.rejected = { at: now, by: actor, reason };
      recordEvent(state, now, 'extension_rejected', actor, `extension rejected: ${reason}`);
      return notifications;
    }
    case 'scheduleInterview': {
      const { actor, at, location, interviewee } = command.input;
      const rung = openRung(state, 'interview')!;
      rung.scheduled = { at, location, interviewee, by: actor };
      recordEvent(
        state,
        now,
        'interview_scheduled',
        actor,
        `interview (约谈) of ${interviewee} scheduled at ${at}, ${location}`,
      );
      notify({
        audience: 'responsible_party',
        kind: 'interview_scheduled',
        message: `Interview (约谈) of ${interviewee} at ${at}, ${location}`,
        dedupeKey: `${state.caseNumber}:interview_scheduled:${at}`,
      });
      return notifications;
    }
    case 'recordInterview': {
      const { actor, summary, committedDate, evidence } = command.input;
      const rung = openRung(state, 'interview')!;
      rung.completed = { at: now, by: actor, summary, evidence };
      const commitment = plannedDeadline(planned, 'commitment');
      state.commitmentDeadline = commitment;
      moveDeadline(
        state,
        commitment,
        now,
        `committed at the leader interview (约谈): ${summary}`,
        actor,
        'commitment',
      );
      recordEvent(
        state,
        now,
        'interview_held',
        actor,
        `interview held; unit committed to fix by ${committedDate}`,
        { commitment },
      );
      return notifications;
    }
    case 'issueCriticism':
    case 'referToEnforcement': {
      const { actor, summary, evidence } = command.input;
      const kind = command.type === 'issueCriticism' ? 'criticism' : 'referral';
      const rung = openRung(state, kind)!;
      const detail = command.type === 'referToEnforcement' ? ` to ${command.input.agency}` : '';
      rung.completed = { at: now, by: actor, summary: `${summary}${detail}`, evidence };
      recordEvent(
        state,
        now,
        kind === 'criticism' ? 'criticism_issued' : 'referred_to_enforcement',
        actor,
        kind === 'criticism'
          ? `public criticism notice (通报批评) issued: ${summary}`
          : `referred to enforcement (移交执法)${detail}: ${summary}`,
      );
      return notifications;
    }
    case 'closeCase': {
      const { actor, note, evidence } = command.input;
      closeCase(state, now, actor, note, evidence, false);
      return notifications;
    }
    case 'voidCase': {
      const { actor, reason } = command.input;
      state.voided = { at: now, by: actor, reason };
      state.status = 'voided';
      state.overdue = false;
      recordEvent(state, now, 'case_voided', actor, `case voided: ${reason}`);
      return notifications;
    }
  }
}

export function closeCase(
  state: CaseState,
  now: string,
  actor: Actor,
  note: string,
  evidence: CaseState['discovery']['evidence'],
  onSpot: boolean,
): void {
  state.closure = { at: now, by: actor, evidence, note, onSpot };
  state.status = 'closed';
  state.overdue = false;
  recordEvent(
    state,
    now,
    'case_closed',
    actor,
    onSpot ? `fixed on the spot (当场整改) and closed: ${note}` : `closed (销号): ${note}`,
    { evidence },
  );
}

/** Whether the policy demands interim safeguards: major hazards, or long deadlines. */
function interimMeasuresRequired(state: CaseState, now: string, deadline: string): boolean {
  const rule = state.policy.interimMeasures;
  return (
    (rule.requiredForMajor && state.discovery.severity === 'major') ||
    calendarDaysBetween(now, deadline) > rule.requiredWhenDeadlineLongerThanCalendarDays
  );
}

export function openReinspection(
  state: CaseState,
  now: string,
  dueAt: string,
  reason: 'reported' | 'deadline_expired',
  setBy: CaseState['events'][number]['actor'],
): void {
  state.status = 'awaiting_reinspection';
  state.reinspectionDueAt = dueAt;
  state.reinspectionReason = reason;
  state.reinspectionMissedAlertedAt = undefined;
  setDeadline(
    state,
    'reinspection',
    dueAt,
    now,
    reason === 'reported' ? 'rectification reported' : 'rectification deadline expired',
    setBy,
  );
}

/** A new rectification deadline (extension or commitment): the case is no longer overdue. */
function moveDeadline(
  state: CaseState,
  dueAt: string,
  now: string,
  reason: string,
  actor: Actor,
  kind: 'rectification' | 'commitment' = 'rectification',
): void {
  state.deadlineAt = dueAt;
  state.overdue = false;
  setDeadline(state, kind, dueAt, now, reason, actor);
  if (state.status === 'awaiting_reinspection' && state.reinspectionReason === 'deadline_expired') {
    state.status = 'rectifying';
    state.reinspectionDueAt = undefined;
    state.reinspectionReason = undefined;
  }
}
