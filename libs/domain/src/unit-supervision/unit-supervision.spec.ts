import { DEFAULT_CAMPAIGN_POLICY } from '../campaign/default-campaign-policy';
import type { Actor } from '../case/actor';
import { laggingReasons } from './lagging';
import { newSupervisionState } from './new-supervision';
import { applySupervisionCommand, assertSupervisionCommandAllowed } from './supervision-commands';
import { SupervisionErrorCode, SupervisionRuleViolation } from './supervision-error';
import {
  fireSupervisionTimer,
  pendingSupervisionTimers,
  supervisionNextDueAt,
} from './supervision-timers';
import type { UnitFigures } from './unit-figures';

const policy = DEFAULT_CAMPAIGN_POLICY.supervision;
const unit = { kind: 'community' as const, code: 'taibai', name: '太白社区' };
const supervisor: Actor = { userId: 's', name: '张敏', role: 'supervisor' };
const T0 = '2024-01-10T01:00:00.000Z';
const plus = (days: number) => new Date(Date.parse(T0) + days * 86_400_000).toISOString();

function figures(overrides: Partial<UnitFigures> = {}): UnitFigures {
  return {
    unit,
    campaignCode: 'c',
    asOf: T0,
    found: 10,
    rectified: 5,
    overdue: 0,
    rectificationRate: 0.5,
    medianDaysToFix: 4,
    pastInterviewRung: 0,
    longestOverdueDays: 0,
    sweepTasks: { total: 2, done: 2, undonePastDue: 0 },
    ...overrides,
  };
}

describe(laggingReasons.name, () => {
  it('lags above the overdue rate, only with enough cases for a rate to mean something', () => {
    expect(laggingReasons(figures({ overdue: 2 }), policy)).toEqual([]); // 20 %: not above
    expect(laggingReasons(figures({ overdue: 3 }), policy).map((r) => [r.kind, r.value])).toEqual([
      ['overdue_rate', 30],
    ]);
    expect(laggingReasons(figures({ found: 4, overdue: 4 }), policy)).toEqual([]); // 4 < 5 cases
  });

  it('lags on a case overdue too long or a sweep task left undone, with the reason in words', () => {
    const reasons = laggingReasons(
      figures({ longestOverdueDays: 11, sweepTasks: { total: 2, done: 1, undonePastDue: 1 } }),
      policy,
    );
    expect(reasons.map((r) => r.text)).toEqual([
      '有隐患逾期11天未整改，超过10天',
      '1项集中检查任务逾期未完成',
    ]);
    expect(laggingReasons(figures({ longestOverdueDays: 10 }), policy)).toEqual([]);
  });
});

describe('unit supervision rungs', () => {
  const lagging = figures({ overdue: 4 });
  const open = () =>
    newSupervisionState(
      {
        number: 'DB-2024-0001',
        campaign: { code: 'c', name: '冬春行动' },
        unit,
        policy,
        openedFor: laggingReasons(lagging, policy),
        figures: lagging,
      },
      T0,
    ).state;

  it('opens at 督办通知, due within the policy’s two days, and waits for nothing else', () => {
    const state = open();
    expect(state.rungs).toEqual([
      expect.objectContaining({ kind: 'supervision_notice', level: 1, dueAt: plus(2) }),
    ]);
    expect(pendingSupervisionTimers(state).map((t) => [t.kind, t.at])).toEqual([
      ['evaluation', plus(1)],
      ['rung_due', plus(2)],
    ]);
  });

  it('climbs a week after each rung while lagging, and closes on recovery at any look', () => {
    const state = open();
    applySupervisionCommand(
      state,
      {
        type: 'issueSupervisionNotice',
        input: { actor: supervisor, summary: '限期整改', evidence: [] },
      },
      plus(1),
    );
    const climb = pendingSupervisionTimers(state).find((t) => t.kind === 'climb')!;
    expect(climb.at).toBe(plus(8));
    fireSupervisionTimer(state, climb, plus(8), lagging);
    expect(state.rungs.map((r) => r.kind)).toEqual(['supervision_notice', 'criticism']);
    expect(state.rungs[1].dueAt).toBe(plus(11));
    const evaluation = pendingSupervisionTimers(state).find((t) => t.kind === 'evaluation')!;
    fireSupervisionTimer(state, evaluation, plus(9), figures());
    expect(state).toMatchObject({ status: 'closed', closure: { recovered: true } });
    expect(pendingSupervisionTimers(state)).toEqual([]);
  });

  it('refuses what the rung does not allow, and a committed date beyond the policy’s month', () => {
    const state = open();
    const refusal = (type: 'issueCriticism' | 'recordInterview', input: object) => {
      try {
        assertSupervisionCommandAllowed(
          state,
          { type, input: { actor: supervisor, ...input } } as never,
          plus(1),
        );
      } catch (error) {
        return error instanceof SupervisionRuleViolation ? error.code : error;
      }
      return 'allowed';
    };
    expect(refusal('issueCriticism', { noticeNo: 'x', summary: 's', evidence: [] })).toBe(
      SupervisionErrorCode.WrongRung,
    );
    state.rungs.push({ kind: 'interview', level: 3, openedAt: plus(1), dueAt: plus(6) });
    const outcome = { outcome: 'o', evidence: [] };
    expect(refusal('recordInterview', { ...outcome, committedDate: '2024-01-20' })).toBe(
      SupervisionErrorCode.InterviewNotScheduled,
    );
    state.rungs[1].scheduled = {
      at: plus(1),
      location: '会议室',
      interviewee: '王芳',
      by: supervisor,
    };
    expect(refusal('recordInterview', { ...outcome, committedDate: '2024-02-12' })).toBe(
      SupervisionErrorCode.InvalidInput,
    );
    expect(refusal('recordInterview', { ...outcome, committedDate: '2024-02-10' })).toBe('allowed');
  });
});

describe(supervisionNextDueAt.name, () => {
  it('is the rung’s due date, then the date the unit must recover by', () => {
    const lagging = figures({ overdue: 4 });
    const { state } = newSupervisionState(
      {
        number: 'DB-2024-0002',
        campaign: { code: 'c', name: '冬春行动' },
        unit,
        policy,
        openedFor: laggingReasons(lagging, policy),
        figures: lagging,
      },
      T0,
    );
    expect(supervisionNextDueAt(state)).toBe(plus(2));
    applySupervisionCommand(
      state,
      {
        type: 'issueSupervisionNotice',
        input: { actor: supervisor, summary: '限期整改', evidence: [] },
      },
      plus(1),
    );
    expect(supervisionNextDueAt(state)).toBe(plus(8));
  });
});
