import { DEFAULT_CASE_POLICY } from '../policy/default-policy';
import type { Actor } from './actor';
import { applyCommand, deadlineRequestsFor } from './apply-command';
import { CaseErrorCode, CaseRuleViolation } from './case-error';
import { assertAllowed } from './case-rules';
import type { CaseState } from './case-state';
import { deadlineRequestsForTimer, fireTimer, pendingTimers } from './case-timers';
import { addCalendarDaysTo } from './china-time';
import type { CaseCommand } from './commands';
import type { DeadlineRequest, PlannedDeadlines } from './deadline-plan';
import type { Discovery } from './discovery';
import type { CaseNotification } from './effects';
import { newCaseState } from './new-case';

// A stand-in calendar for these unit tests only: every day is a working day. The statutory
// calendar is tested in @firecase/calendar and with the workflow.
function plan(requests: DeadlineRequest[]): PlannedDeadlines {
  const out: Record<string, string> = {};
  for (const r of requests) {
    if ('endOfDate' in r.rule) out[r.key] = `${r.rule.endOfDate}T15:59:59.999Z`;
    else
      out[r.key] = addCalendarDaysTo(
        r.from,
        'workingDays' in r.rule ? r.rule.workingDays : r.rule.calendarDays,
      );
  }
  return out;
}

const officer: Actor = { userId: 'u-officer', name: 'Li Wei', role: 'officer' };
const supervisor: Actor = { userId: 'u-super', name: 'Zhang Min', role: 'supervisor' };

const discovery: Discovery = {
  location: {
    community: 'Taibai Community',
    grid: 'G-03',
    address: '12 Kaiyuan Road',
    building: 'Block 2',
  },
  category: 'electric_bike',
  hazardType: 'electric_bike.charged_from_ad_hoc_wiring',
  description: 'E-bikes charging in the stairwell of block 2',
  severity: 'general',
  responsibleParty: { name: 'Sunrise Property Management Co.', head: 'Wang Fang' },
  department: 'planning_environment',
  evidence: [{ evidenceId: 'ev-1' }],
  discoveredAt: '2024-01-08T02:00:00.000Z',
};

class Harness {
  now = '2024-01-08T02:00:00.000Z';
  readonly notifications: CaseNotification[] = [];
  constructor(readonly state: CaseState) {}

  act(command: CaseCommand): void {
    assertAllowed(this.state, command, this.now);
    const planned = plan(deadlineRequestsFor(this.state, command, this.now));
    this.notifications.push(...applyCommand(this.state, command, this.now, planned));
  }

  /** Moves the clock forward, firing timers in order as the workflow does. */
  advanceTo(iso: string): void {
    for (;;) {
      const due = pendingTimers(this.state)
        .filter((t) => Date.parse(t.at) <= Date.parse(iso))
        .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))[0];
      if (!due) break;
      if (Date.parse(due.at) > Date.parse(this.now)) this.now = due.at;
      const planned = plan(deadlineRequestsForTimer(this.state, due, this.now));
      this.notifications.push(...fireTimer(this.state, due, this.now, planned));
    }
    this.now = iso;
  }

  advanceDays(days: number): void {
    this.advanceTo(addCalendarDaysTo(this.now, days));
  }
}

function opened(overrides: Partial<Discovery> = {}): Harness {
  return new Harness(
    newCaseState(
      {
        caseNumber: 'TB-2024-000001',
        discovery: { ...discovery, ...overrides },
        registeredBy: officer,
        policy: DEFAULT_CASE_POLICY,
      },
      '2024-01-08T02:00:00.000Z',
    ),
  );
}

function served(overrides: Partial<Discovery> = {}): Harness {
  const h = opened(overrides);
  h.act({
    type: 'issueNotice',
    input: { actor: officer, requirements: 'Move e-bikes out; stop charging' },
  });
  h.act({
    type: 'serveNotice',
    input: { actor: officer, method: 'in_person', recipient: 'Wang Fang', evidence: [] },
  });
  return h;
}

function refusal(h: Harness, command: CaseCommand): CaseRuleViolation {
  try {
    assertAllowed(h.state, command, h.now);
  } catch (error) {
    if (error instanceof CaseRuleViolation) return error;
    throw error;
  }
  throw new Error(`${command.type} was allowed`);
}

describe('case lifecycle (domain)', () => {
  it('closes a hazard fixed on the spot at once', () => {
    const h = opened({
      fixedOnSpot: { evidence: [{ evidenceId: 'ev-fixed' }], note: 'cables removed' },
    });
    expect(h.state.status).toBe('closed');
    expect(h.state.closure).toMatchObject({ onSpot: true });
    expect(pendingTimers(h.state)).toEqual([]);
  });

  it('runs notice → service → report → re-inspection → closure', () => {
    const h = served();
    expect(h.state.status).toBe('rectifying');
    expect(h.state.deadlineAt).toBe('2024-01-13T02:00:00.000Z');
    h.advanceDays(2);
    h.act({
      type: 'reportRectification',
      input: { actor: officer, note: 'bikes moved', evidence: [] },
    });
    expect(h.state.status).toBe('awaiting_reinspection');
    h.act({
      type: 'recordReinspection',
      input: { actor: officer, passed: true, findings: 'clear', evidence: [] },
    });
    expect(h.state.status).toBe('rectified');
    h.act({ type: 'closeCase', input: { actor: supervisor, note: 'struck off', evidence: [] } });
    expect(h.state.status).toBe('closed');
    expect(h.state.escalationLevel).toBe(0);
  });

  it('climbs the whole ladder: reminder, overdue, interview, criticism and referral', () => {
    const h = served();
    h.advanceTo('2024-01-12T02:00:00.000Z');
    expect(h.state.rungs.map((r) => r.kind)).toEqual(['reminder']);
    h.advanceTo('2024-01-13T02:00:01.000Z');
    expect(h.state.overdue).toBe(true);
    expect(h.state.status).toBe('awaiting_reinspection');
    expect(h.state.rungs.map((r) => r.kind)).toEqual(['reminder', 'overdue']);
    expect(h.notifications.map((n) => n.kind)).toContain('case_overdue');
    h.advanceTo('2024-01-16T02:00:01.000Z');
    expect(h.state.rungs.map((r) => r.kind)).toEqual(['reminder', 'overdue', 'interview']);
    expect(h.state.escalationLevel).toBe(3);
    h.act({
      type: 'scheduleInterview',
      input: {
        actor: supervisor,
        at: '2024-01-17T01:00:00.000Z',
        location: 'Office 201',
        interviewee: 'Wang Fang',
      },
    });
    h.act({
      type: 'recordInterview',
      input: { actor: supervisor, summary: 'committed', committedDate: '2024-01-20', evidence: [] },
    });
    expect(h.state.overdue).toBe(false);
    expect(h.state.status).toBe('rectifying');
    h.advanceTo('2024-01-21T00:00:00.000Z');
    expect(h.state.rungs.filter((r) => !r.completed).map((r) => r.kind)).toEqual([
      'criticism',
      'referral',
    ]);
    expect(h.state.escalationLevel).toBe(4);
    h.act({
      type: 'issueCriticism',
      input: { actor: supervisor, summary: 'Notice 2024-03', evidence: [] },
    });
    h.act({
      type: 'referToEnforcement',
      input: { actor: supervisor, agency: '综合执法大队', summary: 'referred', evidence: [] },
    });
    expect(h.state.status).not.toBe('closed');
    h.act({
      type: 'recordReinspection',
      input: { actor: officer, passed: true, findings: 'finally fixed', evidence: [] },
    });
    h.act({ type: 'closeCase', input: { actor: supervisor, note: 'closed', evidence: [] } });
    expect(h.state.status).toBe('closed');
  });

  it('grants one extension, refuses a second, and interviews at the second missed deadline', () => {
    const h = served();
    h.advanceTo('2024-01-13T03:00:00.000Z');
    h.act({
      type: 'grantExtension',
      input: { actor: supervisor, reason: 'parts on order', newDeadlineDate: '2024-01-20' },
    });
    expect(h.state.overdue).toBe(false);
    expect(
      h.state.deadlines.filter((d) => d.kind === 'rectification').map((d) => d.reason),
    ).toEqual([expect.stringContaining('policy'), expect.stringContaining('extension')]);
    expect(
      refusal(h, {
        type: 'grantExtension',
        input: { actor: supervisor, reason: 'again', newDeadlineDate: '2024-01-25' },
      }).code,
    ).toBe(CaseErrorCode.ExtensionLimitReached);
    h.advanceTo('2024-01-20T16:00:01.000Z');
    expect(h.state.missedDeadlines).toBe(2);
    expect(h.state.rungs.map((r) => r.kind)).toContain('interview');
  });

  it('requires interim measures for major hazards and alerts on a missed patrol', () => {
    const h = served({ severity: 'major' });
    expect(h.state.interim?.required).toBe(true);
    h.act({
      type: 'recordInterimMeasures',
      input: { actor: officer, measures: ['warning signs', 'power cut-off'], evidence: [] },
    });
    h.advanceDays(4);
    expect(h.state.interim?.missedPatrols).toHaveLength(1);
    expect(h.notifications.map((n) => n.kind)).toContain('patrol_missed');
  });

  it.each<[string, (h: Harness) => CaseCommand, CaseErrorCode]>([
    [
      'a re-inspection before the notice was served',
      () => ({
        type: 'recordReinspection',
        input: { actor: officer, passed: true, findings: 'x', evidence: [] },
      }),
      CaseErrorCode.NoticeNotServed,
    ],
    [
      'closing an unfixed case',
      () => ({ type: 'closeCase', input: { actor: supervisor, note: 'x', evidence: [] } }),
      CaseErrorCode.NotRectified,
    ],
    [
      'an unknown role',
      () => ({
        type: 'issueNotice',
        input: { actor: { userId: 'x', name: 'x', role: 'janitor' as never }, requirements: 'x' },
      }),
      CaseErrorCode.UnknownRole,
    ],
    [
      'an officer voiding',
      () => ({ type: 'voidCase', input: { actor: officer, reason: 'x' } }),
      CaseErrorCode.RoleNotPermitted,
    ],
    [
      'an auditor acting',
      () => ({
        type: 'issueNotice',
        input: { actor: { userId: 'a', name: 'a', role: 'auditor' }, requirements: 'x' },
      }),
      CaseErrorCode.RoleNotPermitted,
    ],
  ])('refuses %s', (_label, command, code) => {
    const h = opened();
    expect(refusal(h, command(h)).code).toBe(code);
  });

  it('voids a case with a reason and then refuses everything', () => {
    const h = opened();
    h.act({
      type: 'voidCase',
      input: { actor: supervisor, reason: 'duplicate of TB-2024-000002' },
    });
    expect(h.state.status).toBe('voided');
    expect(
      refusal(h, { type: 'issueNotice', input: { actor: officer, requirements: 'x' } }).code,
    ).toBe(CaseErrorCode.CaseFinished);
  });
});
