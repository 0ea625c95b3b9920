// The case lifecycle on the real statutory calendar (chinese-days' years, plus years a test loads),
// with fixed dates: nothing here depends on the day the suite runs.
import { CaseErrorCode } from './case-error';
import { pendingTimers } from './case-timers';
import type { CaseCommand } from './commands';
import { nextDue, openObligations } from './due-items';
import { Harness, officer, supervisor } from './case-harness.spec-helper';

const END_OF = (date: string) => `${date}T15:59:59.999Z`; // the last millisecond of a China day

describe('case lifecycle (domain, statutory calendar)', () => {
  it('closes a hazard fixed on the spot at once', () => {
    const h = Harness.open({
      fixedOnSpot: { evidence: [{ evidenceId: 'ev-fixed' }], note: '已拆除飞线' },
    });
    expect(h.state.status).toBe('closed');
    expect(h.state.closure).toMatchObject({ onSpot: true });
    expect(pendingTimers(h.state)).toEqual([]);
    expect(nextDue(h.state)).toBeUndefined();
  });

  it('runs notice → service → report → re-inspection → closure', () => {
    // Issued and served Monday 2024-01-08: 5 working days to rectify, due Monday the 15th.
    const h = Harness.open().issueAndServe();
    expect(h.state.status).toBe('rectifying');
    expect(h.state.deadlineAt).toBe(END_OF('2024-01-15'));
    expect(h.state.notice?.serviceDueAt).toBe(END_OF('2024-01-11'));
    h.advanceDays(2).act({
      type: 'reportRectification',
      input: { actor: officer, note: '电动车已移出', evidence: [] },
    });
    expect(h.state.status).toBe('awaiting_reinspection');
    expect(h.state.reinspectionDueAt).toBe(END_OF('2024-01-15')); // 3 working days from Wed 10th
    h.act({
      type: 'recordReinspection',
      input: { actor: officer, passed: true, findings: '楼道已清理', evidence: [] },
    });
    expect(h.state.status).toBe('rectified');
    h.act({ type: 'closeCase', input: { actor: supervisor, note: '销号', evidence: [] } });
    expect(h.state.status).toBe('closed');
    expect(h.eventTypes()).toEqual([
      'case_registered',
      'notice_issued',
      'notice_served',
      'rectification_reported',
      'reinspection_passed',
      'case_closed',
    ]);
  });

  it('climbs the whole ladder, and keeps reminding after its last rung until fixed', () => {
    const h = Harness.open().issueAndServe();
    h.advanceTo('2024-01-15T00:00:00.000Z');
    expect(h.state.rungs.map((r) => r.kind)).toEqual(['reminder']);
    h.advanceTo('2024-01-15T16:00:00.000Z');
    expect(h.state.overdue).toBe(true);
    expect(h.state.status).toBe('awaiting_reinspection');
    expect(h.state.rungs.map((r) => r.kind)).toEqual(['reminder', 'overdue']);
    expect(h.notifications.map((n) => n.kind)).toContain('case_overdue');
    h.advanceTo('2024-01-18T16:00:00.000Z'); // 3 days after the deadline
    expect(h.state.rungs.map((r) => r.kind)).toEqual(['reminder', 'overdue', 'interview']);
    expect(h.state.escalationLevel).toBe(3);
    h.act({
      type: 'scheduleInterview',
      input: {
        actor: supervisor,
        at: '2024-01-19T01:00:00.000Z',
        location: '街道办201室',
        interviewee: '王芳',
      },
    });
    h.act({
      type: 'recordInterview',
      input: { actor: supervisor, summary: '承诺整改', committedDate: '2024-01-25', evidence: [] },
    });
    expect(h.state.overdue).toBe(false);
    expect(h.state.status).toBe('rectifying');
    h.advanceTo('2024-01-26T00:00:00.000Z');
    expect(h.state.rungs.filter((r) => !r.completed).map((r) => r.kind)).toEqual([
      'criticism',
      'referral',
    ]);
    expect(h.state.escalationLevel).toBe(4);
    h.act({
      type: 'issueCriticism',
      input: { actor: supervisor, summary: '太白通报〔2024〕3号', evidence: [] },
    });
    h.act({
      type: 'referToEnforcement',
      input: { actor: supervisor, agency: '综合执法大队', summary: '移交', evidence: [] },
    });
    expect(h.state.status).not.toBe('closed');
    // Nothing of the ladder is left: the case reminds its people weekly (持续督办).
    h.advanceDays(28);
    const followUps = h.state.events.filter((e) => e.type === 'escalation_follow_up');
    expect(followUps.length).toBeGreaterThanOrEqual(3);
    expect(followUps.length).toBeLessThanOrEqual(4);
    expect(pendingTimers(h.state).map((t) => t.kind)).toEqual(['follow_up']);
    expect(nextDue(h.state)?.dueAt).toBeDefined(); // the overdue re-inspection, earliest of all
    expect(h.notifications.filter((n) => n.kind === 'follow_up').map((n) => n.audience)).toEqual(
      expect.arrayContaining(['supervisor', 'officer']),
    );
    h.act({
      type: 'recordReinspection',
      input: { actor: officer, passed: true, findings: '终于整改', evidence: [] },
    });
    h.act({ type: 'closeCase', input: { actor: supervisor, note: '销号', evidence: [] } });
    expect(h.state.status).toBe('closed');
    expect(h.state.followUpDueAt).toBeUndefined();
  });

  it('grants one extension, refuses a second, and interviews at the second missed deadline', () => {
    const h = Harness.open().issueAndServe();
    h.advanceTo('2024-01-16T03:00:00.000Z');
    h.act({
      type: 'grantExtension',
      input: { actor: supervisor, reason: '配件订货中', newDeadlineDate: '2024-01-22' },
    });
    expect(h.state.overdue).toBe(false);
    expect(
      h.state.deadlines.filter((d) => d.kind === 'rectification').map((d) => d.reason),
    ).toEqual([expect.stringContaining('政策'), expect.stringContaining('extension')]);
    expect(
      h.refusal({
        type: 'grantExtension',
        input: { actor: supervisor, reason: '再次', newDeadlineDate: '2024-01-26' },
      }).code,
    ).toBe(CaseErrorCode.ExtensionLimitReached);
    h.advanceTo('2024-01-22T16:00:01.000Z');
    expect(h.state.missedDeadlines).toBe(2);
    expect(h.state.rungs.map((r) => r.kind)).toContain('interview');
  });

  it('continues the ladder from where it stood when a re-inspection after the deadline fails', () => {
    const h = Harness.open().issueAndServe().advanceTo('2024-01-16T02:00:00.000Z');
    expect(h.state.rungs.map((r) => r.kind)).toEqual(['reminder', 'overdue']);
    h.act({
      type: 'recordReinspection',
      input: { actor: officer, passed: false, findings: '仍在楼道充电', evidence: [] },
    });
    expect(h.state.status).toBe('rectifying');
    expect(pendingTimers(h.state)).toContainEqual({
      kind: 'interview_due',
      at: END_OF('2024-01-18'),
    });
    h.advanceTo('2024-01-19T00:00:00.000Z');
    expect(h.state.rungs.map((r) => r.kind)).toEqual(['reminder', 'overdue', 'interview']);
  });

  it('requires interim measures for major hazards and alerts on a missed patrol', () => {
    const h = Harness.open({ severity: 'major' }).issueAndServe();
    expect(h.state.interim?.required).toBe(true);
    h.act({
      type: 'recordInterimMeasures',
      input: { actor: officer, measures: ['设置警示标志', '切断电源'], evidence: [] },
    });
    h.advanceDays(4);
    expect(h.state.interim?.missedPatrols).toHaveLength(1);
    expect(h.notifications.map((n) => n.kind)).toContain('patrol_missed');
  });

  it.each<[string, CaseCommand, CaseErrorCode]>([
    [
      'a re-inspection before the notice was served',
      {
        type: 'recordReinspection',
        input: { actor: officer, passed: true, findings: 'x', evidence: [] },
      },
      CaseErrorCode.NoticeNotServed,
    ],
    [
      'closing an unfixed case',
      { type: 'closeCase', input: { actor: supervisor, note: 'x', evidence: [] } },
      CaseErrorCode.NotRectified,
    ],
    [
      'an unknown role',
      {
        type: 'issueNotice',
        input: { actor: { userId: 'x', name: 'x', role: 'janitor' as never }, requirements: 'x' },
      },
      CaseErrorCode.UnknownRole,
    ],
    [
      'an officer voiding',
      { type: 'voidCase', input: { actor: officer, reason: 'x' } },
      CaseErrorCode.RoleNotPermitted,
    ],
    [
      'an officer reassigning',
      {
        type: 'reassignOfficer',
        input: { actor: officer, officer: { userId: 'u-2', name: '赵强' }, reason: 'x' },
      },
      CaseErrorCode.RoleNotPermitted,
    ],
    [
      'an auditor acting',
      {
        type: 'issueNotice',
        input: { actor: { userId: 'a', name: 'a', role: 'auditor' }, requirements: 'x' },
      },
      CaseErrorCode.RoleNotPermitted,
    ],
  ])('refuses %s', (_label, command, code) => {
    expect(Harness.open().refusal(command).code).toBe(code);
  });

  it('voids a case with a reason and then refuses everything', () => {
    const h = Harness.open().act({
      type: 'voidCase',
      input: { actor: supervisor, reason: '与 TB-2024-000002 重复' },
    });
    expect(h.state.status).toBe('voided');
    expect(
      h.refusal({ type: 'issueNotice', input: { actor: officer, requirements: 'x' } }).code,
    ).toBe(CaseErrorCode.CaseFinished);
  });

  it('reassigns the officer (承办人), records it and tells the new one', () => {
    const h = Harness.open();
    expect(h.state.assignedOfficer).toBeUndefined();
    h.act({
      type: 'reassignOfficer',
      input: { actor: supervisor, officer: { userId: 'u-zhao', name: '赵强' }, reason: '片区调整' },
    });
    expect(h.state.assignedOfficer).toMatchObject({ userId: 'u-zhao', name: '赵强' });
    expect(h.state.events.at(-1)).toMatchObject({
      type: 'officer_reassigned',
      summary: '承办人由 李伟 变更为 赵强：片区调整',
    });
    expect(h.notifications.at(-1)).toMatchObject({
      audience: 'officer',
      kind: 'officer_reassigned',
      params: expect.objectContaining({ officerUserId: 'u-zhao' }),
    });
    expect(
      h.refusal({
        type: 'reassignOfficer',
        input: { actor: supervisor, officer: { userId: 'u-zhao', name: '赵强' }, reason: '再次' },
      }).code,
    ).toBe(CaseErrorCode.InvalidInput);
    expect(openObligations(h.state)[0]).toMatchObject({ kind: 'issue_notice', owner: 'officer' });
  });
});
