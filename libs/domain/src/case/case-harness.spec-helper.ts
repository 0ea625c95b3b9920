// Test support for the domain specs: a case driven as the workflow drives it, with deadlines
// planned on the real statutory calendar (the library's years, plus any a test loads).
import { planDeadline, StatutoryCalendar } from '@firecase/calendar';
import { DEFAULT_CASE_POLICY } from '../policy/default-policy';
import type { Actor } from './actor';
import { applyCommand, deadlineRequestsFor } from './apply-command';
import { CaseRuleViolation } from './case-error';
import { assertAllowed } from './case-rules';
import type { CaseState } from './case-state';
import { deadlineRequestsForTimer, fireTimer, pendingTimers } from './case-timers';
import { addCalendarDaysTo } from './china-time';
import type { CaseCommand } from './commands';
import type { DeadlineRequest, PlannedDeadlines } from './deadline-plan';
import type { Discovery } from './discovery';
import type { CaseNotification } from './effects';
import { applyOpeningDeadlines, newCaseState, openingDeadlineRequests } from './new-case';
import { applyRecount, recountRequests, type StatutoryYearLoaded } from './recalculation';
import { CURRENT_RULES_VERSION } from './rules-version';

export const officer: Actor = { userId: 'u-officer', name: '李伟', role: 'officer' };
export const supervisor: Actor = { userId: 'u-super', name: '张敏', role: 'supervisor' };

export const discovery: Discovery = {
  location: { community: '太白社区', grid: 'G-03', address: '开元路12号', building: '2栋' },
  category: 'electric_bike',
  hazardType: 'electric_bike.charged_from_ad_hoc_wiring',
  description: '2栋楼道内电动自行车飞线充电',
  severity: 'general',
  responsibleParty: { name: '朝阳物业管理有限公司', head: '王芳', phone: '13800000000' },
  department: 'planning_environment',
  evidence: [{ evidenceId: 'ev-1' }],
  discoveredAt: '2024-01-08T02:00:00.000Z',
};

/** The planner activity's rule, on a calendar the test chooses. */
export function planOn(calendar: StatutoryCalendar) {
  return (requests: readonly DeadlineRequest[]): PlannedDeadlines =>
    Object.fromEntries(
      requests.map((r) => [
        r.key,
        { ...planDeadline(calendar, r.from, r.rule), basis: { from: r.from, rule: r.rule } },
      ]),
    );
}

export class Harness {
  readonly notifications: CaseNotification[] = [];
  calendar = StatutoryCalendar.builtIn();

  constructor(
    readonly state: CaseState,
    public now: string,
  ) {}

  static open(
    overrides: Partial<Discovery> = {},
    { at = '2024-01-08T02:00:00.000Z', rulesVersion = CURRENT_RULES_VERSION } = {},
    calendar = StatutoryCalendar.builtIn(),
  ): Harness {
    const state = newCaseState(
      {
        caseNumber: 'TB-2024-000001',
        discovery: { ...discovery, discoveredAt: at, ...overrides },
        registeredBy: officer,
        policy: DEFAULT_CASE_POLICY,
        rulesVersion,
      },
      at,
    );
    const h = new Harness(state, at);
    h.calendar = calendar;
    const opening = openingDeadlineRequests(state);
    if (opening.length > 0) applyOpeningDeadlines(state, at, h.plan(opening));
    return h;
  }

  plan(requests: readonly DeadlineRequest[]): PlannedDeadlines {
    return planOn(this.calendar)(requests);
  }

  act(command: CaseCommand): this {
    assertAllowed(this.state, command, this.now);
    const planned = this.plan(deadlineRequestsFor(this.state, command, this.now));
    this.notifications.push(...applyCommand(this.state, command, this.now, planned));
    return this;
  }

  refusal(command: CaseCommand): CaseRuleViolation {
    try {
      assertAllowed(this.state, command, this.now);
    } catch (error) {
      if (error instanceof CaseRuleViolation) return error;
      throw error;
    }
    throw new Error(`${command.type} was allowed`);
  }

  /** Moves the clock forward, firing timers in order as the workflow does. */
  advanceTo(iso: string): this {
    for (let fired = 0; ; fired += 1) {
      if (fired > 500) throw new Error('timers keep firing: a timer that never clears');
      const due = pendingTimers(this.state).find((t) => Date.parse(t.at) <= Date.parse(iso));
      if (!due) break;
      if (Date.parse(due.at) > Date.parse(this.now)) this.now = due.at;
      const planned = this.plan(deadlineRequestsForTimer(this.state, due, this.now));
      this.notifications.push(...fireTimer(this.state, due, this.now, planned));
    }
    this.now = iso;
    return this;
  }

  advanceDays(days: number): this {
    return this.advanceTo(addCalendarDaysTo(this.now, days));
  }

  /** The office loads a year: what the workflow does on the recount signal. */
  load(calendar: StatutoryCalendar, loaded: StatutoryYearLoaded): this {
    this.calendar = calendar;
    const requests = recountRequests(this.state, loaded);
    if (requests.length > 0)
      this.notifications.push(...applyRecount(this.state, loaded, this.now, this.plan(requests)));
    return this;
  }

  issueAndServe(issuedAt?: string): this {
    this.act({
      type: 'issueNotice',
      input: { actor: officer, requirements: '清理楼道电动车，停止飞线充电', issuedAt },
    });
    return this.act({
      type: 'serveNotice',
      input: { actor: officer, method: 'in_person', recipient: '王芳', evidence: [] },
    });
  }

  eventTypes(): string[] {
    return this.state.events.map((e) => e.type);
  }
}
