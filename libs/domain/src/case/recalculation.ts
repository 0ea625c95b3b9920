// When the office loads a year's statutory schedule, every running case with a deadline counted
// provisionally through that year is recounted, through a recorded event (never silently). Dates
// printed on an issued notice stand; if the printed deadline now falls on a day off, a supervisor
// is asked whether to extend it.
import { SYSTEM_ACTOR } from './actor';
import { recordEvent } from './case-events';
import type { CaseState } from './case-state';
import { isTerminal } from './case-status';
import { addCalendarDaysTo, chinaDateOf } from './china-time';
import { type DeadlineRequest, plannedDeadline, type PlannedDeadlines } from './deadline-plan';
import { type CaseNotification, notifier } from './effects';
import { settleFollowUp } from './follow-up';
import { liveClocks, printedDeadline, recordOf } from './live-clocks';
import { setDeadline } from './set-deadline';

/** A year of the statutory calendar has been loaded (or replaced) by the office. */
export interface StatutoryYearLoaded {
  readonly year: number;
  /** The State Council notice it was loaded from, e.g. 国办发明电〔2026〕7号. */
  readonly document: string;
  readonly loadedAt: string;
}

const PRINTED = 'recount:printed';

/** What the calendar must count again for this case; empty when nothing waits for the year. */
export function recountRequests(state: CaseState, loaded: StatutoryYearLoaded): DeadlineRequest[] {
  if (isTerminal(state.status)) return [];
  const requests: DeadlineRequest[] = [];
  for (const clock of liveClocks(state)) {
    const record = recordOf(state, clock.kind, clock.dueAt);
    if (record?.basis && record.provisional?.years.includes(loaded.year)) {
      requests.push({
        key: `recount:${clock.id}`,
        from: record.basis.from,
        rule: record.basis.rule,
      });
    }
  }
  const printed = printedDeadline(state);
  if (printed?.provisional?.years.includes(loaded.year)) {
    // The first working day on or after the printed date: itself, if it is a working day.
    requests.push({
      key: PRINTED,
      from: addCalendarDaysTo(printed.dueAt, -1),
      rule: { workingDays: 1 },
    });
  }
  return requests;
}

/** Applies the recount; returns the notifications it causes. */
export function applyRecount(
  state: CaseState,
  loaded: StatutoryYearLoaded,
  now: string,
  planned: PlannedDeadlines,
): CaseNotification[] {
  const { notifications, notify } = notifier(state.caseNumber);
  const reason = `${loaded.year}年法定节假日安排已录入（${loaded.document}），期限重新计算`;
  const changes: { clock: string; from: string; to: string }[] = [];
  for (const clock of liveClocks(state)) {
    const answer = planned[`recount:${clock.id}`];
    if (answer === undefined) continue;
    const recounted = plannedDeadline(planned, `recount:${clock.id}`);
    const previous = recordOf(state, clock.kind, clock.dueAt)!;
    setDeadline(
      state,
      clock.kind,
      { ...recounted, basis: previous.basis },
      now,
      reason,
      SYSTEM_ACTOR,
    );
    changes.push({ clock: clock.id, from: clock.dueAt, to: recounted.dueAt });
    clock.set(recounted.dueAt);
  }
  const printed = printedDeadline(state);
  if (printed && planned[PRINTED] !== undefined) {
    const firstWorkingDay = chinaDateOf(plannedDeadline(planned, PRINTED).dueAt);
    const date = chinaDateOf(printed.dueAt);
    setDeadline(
      state,
      'rectification',
      { dueAt: printed.dueAt, basis: printed.basis },
      now,
      `${reason}；整改通知书载明的整改期限 ${date} 不变`,
      SYSTEM_ACTOR,
    );
    if (firstWorkingDay !== date) {
      state.printedDeadlineReview = {
        deadlineAt: printed.dueAt,
        date,
        firstWorkingDayAfter: firstWorkingDay,
        year: loaded.year,
        document: loaded.document,
        flaggedAt: now,
      };
      notify({
        audience: 'supervisor',
        kind: 'calendar_deadline_on_holiday',
        message: `Printed deadline ${date} falls on a day off by the ${loaded.year} calendar`,
        dedupeKey: `${state.caseNumber}:calendar_deadline_on_holiday:${loaded.year}:${date}`,
        params: { deadlineAt: printed.dueAt, firstWorkingDay, year: String(loaded.year) },
      });
    }
  }
  if (changes.length === 0 && !planned[PRINTED]) return notifications;
  const review = state.printedDeadlineReview;
  recordEvent(
    state,
    now,
    'deadlines_recalculated',
    SYSTEM_ACTOR,
    review?.year === loaded.year && review.flaggedAt === now
      ? `${reason}；通知书载明的整改期限 ${review.date} 为法定节假日，请科室负责人决定是否延期（首个工作日 ${review.firstWorkingDayAfter}）`
      : reason,
    { year: loaded.year, document: loaded.document, changes },
  );
  settleFollowUp(state, now);
  return notifications;
}
