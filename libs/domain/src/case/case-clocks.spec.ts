// Rules that no case escapes (rules v2), on the real statutory calendar with fixed dates.
import { StatutoryCalendar, type StatutoryYear } from '@firecase/calendar';
import { EVENT_TYPE_LABELS, OBLIGATION_LABELS } from '../labels/zh-cn';
import { isTerminal } from './case-status';
import { pendingTimers } from './case-timers';
import { CASE_COMMAND_TYPES } from './commands';
import { COMMAND_MODULES } from './commands/index';
import { dueItems, nextDue, openObligations } from './due-items';
import { provisionalYears } from './live-clocks';
import { Harness, officer, supervisor } from './case-harness.spec-helper';

const END_OF = (date: string) => `${date}T15:59:59.999Z`;
const chinaTen = (date: string) => `${date}T02:00:00.000Z`; // 10:00 in Beijing

describe('interim measures (临时防范措施) by whole calendar days', () => {
  it.each([
    // [label, issued (China date), rules version, severity, required]
    ['an ordinary Tuesday: due next Tuesday, 7 days', '2024-03-05', 2, 'general', false],
    ['an ordinary Monday: due next Monday, 7 days', '2024-03-04', 2, 'general', false],
    ['the Tuesday before Spring Festival: due 19 Feb, 13 days', '2024-02-06', 2, 'general', true],
    ['a 调休 Sunday (4 Feb 2024 is worked): due Friday 9 Feb', '2024-02-04', 2, 'general', false],
    ['a major hazard, always', '2024-03-05', 2, 'major', true],
    ['rules v1 kept the fractional count (7.6 days)', '2024-03-05', 1, 'general', true],
  ] as const)('%s', (_label, date, rulesVersion, severity, required) => {
    const h = Harness.open({ severity }, { at: chinaTen(date), rulesVersion });
    h.act({ type: 'issueNotice', input: { actor: officer, requirements: '整改' } });
    expect(h.state.interim?.required).toBe(required);
  });
});

describe('no clock-free state (rules v2)', () => {
  it('gives the notice a due date; missing it alerts the officer, then the supervisor, then weekly', () => {
    // Registered Monday 2024-01-08: notice due within 3 working days, Thursday the 11th.
    const h = Harness.open();
    expect(h.state.noticeDueAt).toBe(END_OF('2024-01-11'));
    expect(nextDue(h.state)).toMatchObject({ kind: 'issue_notice', dueAt: END_OF('2024-01-11') });
    h.advanceTo('2024-01-12T00:00:00.000Z');
    expect(h.eventTypes()).toContain('notice_overdue');
    expect(h.notifications.at(-1)).toMatchObject({ audience: 'officer', kind: 'notice_overdue' });
    // 2 more working days: Friday 12th, Monday 15th.
    h.advanceTo('2024-01-16T00:00:00.000Z');
    expect(h.notifications.at(-1)).toMatchObject({
      audience: 'supervisor',
      kind: 'notice_escalated',
    });
    expect(openObligations(h.state).map((o) => o.kind)).toContain('supervise_notice');
    expect(pendingTimers(h.state).map((t) => t.kind)).toEqual(['follow_up']);
    h.advanceDays(7);
    expect(h.eventTypes()).toContain('escalation_follow_up');
    h.act({ type: 'issueNotice', input: { actor: officer, requirements: '整改' } });
    expect(h.state.followUpDueAt).toBeUndefined();
    expect(pendingTimers(h.state).map((t) => t.kind)).toContain('service_missed');
  });

  it('escalates a notice not served like a missed deadline: alert, then the supervisor', () => {
    const h = Harness.open();
    h.act({ type: 'issueNotice', input: { actor: officer, requirements: '整改' } });
    h.advanceTo('2024-01-12T00:00:00.000Z'); // service was due Thursday the 11th
    const alerted = h.notifications.filter((n) => n.kind === 'service_overdue');
    expect(alerted.map((n) => n.audience).sort()).toEqual(['department_leader', 'officer']);
    h.advanceTo('2024-01-16T00:00:00.000Z');
    expect(h.notifications.at(-1)).toMatchObject({
      audience: 'supervisor',
      kind: 'service_escalated',
    });
    expect(openObligations(h.state).map((o) => o.kind)).toContain('supervise_service');
  });

  it.each([
    ['left untouched', (h: Harness) => h],
    ['served and left', (h: Harness) => h.issueAndServe()],
    [
      'fixed, then never re-inspected',
      (h: Harness) =>
        h.issueAndServe().act({
          type: 'reportRectification',
          input: { actor: officer, note: '已整改', evidence: [] },
        }),
    ],
    [
      'passed re-inspection, never closed',
      (h: Harness) =>
        h
          .issueAndServe()
          .act({
            type: 'reportRectification',
            input: { actor: officer, note: '已整改', evidence: [] },
          })
          .act({
            type: 'recordReinspection',
            input: { actor: officer, passed: true, findings: '合格', evidence: [] },
          }),
    ],
    ['a major hazard never safeguarded', (h: Harness) => h],
  ])('always has a next due date: %s', (label, start) => {
    const h = start(Harness.open(label.startsWith('a major') ? { severity: 'major' } : {}));
    if (label.startsWith('a major')) h.issueAndServe();
    for (let day = 0; day < 90; day += 1) {
      h.advanceDays(1);
      expect(isTerminal(h.state.status) || nextDue(h.state)?.dueAt !== undefined).toBe(true);
      expect(pendingTimers(h.state).length).toBeGreaterThan(0);
    }
  });

  it('keeps rules v1 for a case started under them: no notice clock, no follow-ups', () => {
    const h = Harness.open({}, { rulesVersion: 1 });
    expect(h.state.noticeDueAt).toBeUndefined();
    expect(nextDue(h.state)).toBeUndefined();
    h.advanceDays(30);
    expect(h.eventTypes()).toEqual(['case_registered']);
  });

  it('moves a v1 case to the current rules only by a recorded migration', () => {
    const h = Harness.open({}, { rulesVersion: 1 }).advanceDays(1);
    h.act({
      type: 'migrateRules',
      input: { actor: supervisor, toVersion: 2, reason: '统一执行新规则' },
    });
    expect(h.state.rulesVersion).toBe(2);
    expect(h.state.events.at(-1)).toMatchObject({
      type: 'rules_migrated',
      summary: '规则版本由 v1 迁移至 v2：统一执行新规则',
    });
    expect(h.state.noticeDueAt).toBe(END_OF('2024-01-12')); // 3 working days from Tue 9th
    expect(
      h.refusal({
        type: 'migrateRules',
        input: { actor: supervisor, toVersion: 2, reason: '再次' },
      }).code,
    ).toBe('INVALID_INPUT');
  });
});

describe('provisional deadlines and the statutory calendar loaded later', () => {
  // Invented for the tests, marked as such: not the State Council's 2027 schedule.
  const invented2027 = (holidays: string[]): StatutoryYear => ({
    year: 2027,
    holidays: new Map(holidays.map((d) => [d, '示例假日'])),
    adjustedWorkingDays: new Map(),
    source: {
      kind: 'administered',
      document: '示例文件',
      loadedBy: 'admin',
      loadedAt: '2026-12-20T00:00:00Z',
    },
  });
  const through2026 = StatutoryCalendar.builtIn().without((year) => year > 2026);
  const loaded = {
    year: 2027,
    document: '国办发明电〔2026〕示例号',
    loadedAt: '2026-12-30T06:00:00Z',
  };

  it('counts Monday–Friday in an unloaded year, says so, and recounts when it is loaded', () => {
    // Issued Wednesday 2026-12-30: service in 3 working days runs into 2027.
    const h = Harness.open({}, { at: chinaTen('2026-12-30') }, through2026);
    h.act({ type: 'issueNotice', input: { actor: officer, requirements: '整改' } });
    expect(h.state.notice?.serviceDueAt).toBe(END_OF('2027-01-04')); // 31st, 1st (!), 4th
    expect(h.state.deadlines.find((d) => d.kind === 'service')?.provisional?.years).toEqual([2027]);
    expect(openObligations(h.state)[0]).toMatchObject({
      kind: 'serve_notice',
      provisional: expect.stringContaining('2027年法定节假日安排尚未录入'),
    });
    expect(provisionalYears(h.state)).toEqual([2027]);

    h.load(through2026.with([invented2027(['2027-01-01'])]), loaded);
    expect(h.state.notice?.serviceDueAt).toBe(END_OF('2027-01-05')); // 1 January now a holiday
    expect(h.state.deadlines.at(-2)).toMatchObject({
      kind: 'service',
      dueAt: END_OF('2027-01-05'),
      reason: expect.stringContaining('2027年法定节假日安排已录入'),
    });
    expect(h.state.deadlineAt).toBe(END_OF('2027-01-06')); // printed on the notice: it stands
    expect(h.state.events.at(-1)).toMatchObject({ type: 'deadlines_recalculated' });
    expect(provisionalYears(h.state)).toEqual([]);
    expect(openObligations(h.state)[0].provisional).toBeUndefined();

    const events = h.state.events.length;
    h.load(through2026.with([invented2027(['2027-01-01'])]), loaded); // the second pass
    expect(h.state.events).toHaveLength(events);
  });

  it('leaves a printed deadline that falls on a holiday, and asks a supervisor', () => {
    const h = Harness.open({}, { at: chinaTen('2026-12-30') }, through2026).issueAndServe();
    expect(h.state.deadlineAt).toBe(END_OF('2027-01-06'));
    h.load(through2026.with([invented2027(['2027-01-01', '2027-01-06'])]), loaded);
    expect(h.state.deadlineAt).toBe(END_OF('2027-01-06'));
    expect(h.state.printedDeadlineReview).toMatchObject({
      date: '2027-01-06',
      firstWorkingDayAfter: '2027-01-07',
    });
    expect(h.notifications.at(-1)).toMatchObject({
      audience: 'supervisor',
      kind: 'calendar_deadline_on_holiday',
    });
    h.act({
      type: 'grantExtension',
      input: { actor: supervisor, reason: '期限适逢假日', newDeadlineDate: '2027-01-07' },
    });
    expect(h.state.printedDeadlineReview).toBeUndefined();
  });

  it('needs no recount when the deadlines fall in loaded years', () => {
    const h = Harness.open({}, { at: chinaTen('2024-03-05') }).issueAndServe();
    expect(provisionalYears(h.state)).toEqual([]);
    const before = h.state.events.length;
    h.load(StatutoryCalendar.builtIn(), { ...loaded, year: 2024 });
    expect(h.state.events).toHaveLength(before);
  });
});

describe('one module per command', () => {
  it('has a module for every command, named as it', () => {
    for (const type of CASE_COMMAND_TYPES) {
      expect(COMMAND_MODULES[type].type).toBe(type);
      expect(COMMAND_MODULES[type].roles.length).toBeGreaterThan(0);
    }
  });

  it('labels every event and obligation the walks above produce in Chinese', () => {
    const h = Harness.open({ severity: 'major' }).issueAndServe().advanceDays(60);
    for (const event of h.state.events) expect(EVENT_TYPE_LABELS[event.type]).toBeDefined();
    for (const item of dueItems(h.state)) expect(OBLIGATION_LABELS[item.kind]).toBeDefined();
  });
});
