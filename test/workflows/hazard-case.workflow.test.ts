// Workflow tests on the Java time-skipping test server (io.temporal:temporal-test-server): the
// real policy durations (days and weeks) pass in milliseconds. Activities: the real deadline
// planner with the statutory calendar; the projection and notification outbox are in-memory fakes
// typed by CaseActivities, so these tests start no database.
//
// Where this server falls short of the real one:
// - it knows no custom search attributes until they are registered through its operator service
//   (test/support/time-skipping.ts does), and it has no visibility queries: finding cases by
//   their search attributes (`temporal workflow list --query …`) is tested on the real dev server
//   in test/hazard-case.integration.test.ts;
// - it does not skip time while a test waits on an update or a result through a plain client, so
//   case time moves only by ts.env.sleep;
// - its clock starts at the real "now", so deadlines fall wherever today is: expectations are read
//   off the statutory calendar the worker plans on (never written as dates of today), and the
//   cases that need fixed dates (Spring Festival 2024, the turn of 2025/26) enter a paper notice
//   issued then (`issuedAt`) instead of travelling back in time.
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import {
  CASE_UPDATES,
  type CaseActivities,
  type CaseView,
  getCaseQuery,
  HAZARD_CASE_WORKFLOW,
  type HazardCaseWorkflowInput,
  type NoticeActivities,
  statutoryYearLoadedSignal,
} from '@firecase/contract';
import { StatutoryCalendar } from '@firecase/calendar';
import { CaseErrorCode, chinaDateOf, type CaseNotification } from '@firecase/domain';
import { createCaseActivities } from '@firecase/worker';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { caseInput, officer, supervisor } from '../support/case-fixtures';
import { recordingVersion, saveHistory } from '../support/histories';
import { useTimeSkippingWorker } from '../support/time-skipping-worker';

describe('hazardCaseWorkflow (time-skipping server)', () => {
  const projected = new Map<string, CaseView>();
  const notifications: CaseNotification[] = [];
  // The calendar the planner reads; a test may stand before a year's schedule, then load it.
  const calendar = { current: StatutoryCalendar.builtIn(), calendar: async () => calendar.current };
  const issuedDocuments = new Map<string, string>();
  const notices: NoticeActivities = {
    // The real activity numbers and stores a PDF in PostgreSQL (test/notices.e2e.test.ts);
    // here the numbering alone, idempotent per notice as the real one is.
    issueNoticeDocument: async ({ caseNumber, issuedAt }) => {
      const key = `${caseNumber}:${issuedAt}`;
      if (!issuedDocuments.has(key))
        issuedDocuments.set(
          key,
          `太白消整〔测试〕第${String(issuedDocuments.size + 1).padStart(4, '0')}号`,
        );
      return { noticeNo: issuedDocuments.get(key)! };
    },
  };
  const ts = useTimeSkippingWorker('cases', (): CaseActivities & NoticeActivities => ({
    ...notices,
    ...createCaseActivities({
      calendar,
      projections: {
        // The audit trail has its own tests against PostgreSQL (test/audit-trail.integration.test.ts).
        write: async (row) => {
          const previous = projected.get(row.caseNumber);
          if (previous && previous.state.revision >= row.revision) {
            return { projected: false, appended: 0 };
          }
          projected.set(row.caseNumber, row.snapshot as CaseView);
          return { projected: true, appended: 0 };
        },
      },
      notifications: {
        enqueue: async (list) => {
          const fresh = list.filter((n) => !notifications.some((m) => m.dedupeKey === n.dedupeKey));
          notifications.push(...(fresh as CaseNotification[]));
          return list.length;
        },
      },
    }),
  }));

  async function open(input: HazardCaseWorkflowInput = caseInput()) {
    return ts.client.workflow.start(HAZARD_CASE_WORKFLOW, {
      taskQueue: ts.taskQueue,
      workflowId: input.caseNumber,
      args: [input],
    });
  }

  const query = (handle: WorkflowHandle) => handle.query(getCaseQuery);

  async function issueAndServe(handle: WorkflowHandle) {
    await handle.executeUpdate(CASE_UPDATES.issueNotice, {
      args: [
        {
          actor: officer,
          requirements: 'Remove the extension leads; stop charging in the stairwell',
        },
      ],
    });
    return handle.executeUpdate(CASE_UPDATES.serveNotice, {
      args: [
        {
          actor: officer,
          method: 'in_person',
          recipient: 'Wang Fang',
          evidence: [{ evidenceId: 'ev-receipt' }],
        },
      ],
    });
  }

  /** The reason code of a refused update, or a failure if it was accepted. */
  async function refusedCode(action: Promise<unknown>): Promise<string> {
    try {
      await action;
    } catch (error) {
      expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
      const cause = (error as WorkflowUpdateFailedError).cause;
      expect(cause).toBeInstanceOf(ApplicationFailure);
      return String((cause as ApplicationFailure).details?.[0]);
    }
    throw new Error('the update was accepted');
  }

  it('closes a hazard fixed on the spot (当场整改) at once', async () => {
    const handle = await open(
      caseInput({ fixedOnSpot: { evidence: [{ evidenceId: 'ev-after' }], note: 'lead removed' } }),
    );
    await expect(handle.result()).resolves.toMatchObject({ status: 'closed' });
    expect(projected.get(handle.workflowId)?.state.closure).toMatchObject({ onSpot: true });
  });

  it('runs notice → service → report → re-inspection → closure, projecting every step', async () => {
    const handle = await open();
    const servedView = await issueAndServe(handle);
    expect(servedView.state.status).toBe('rectifying');
    expect(servedView.state.notice?.serviceDueAt).toBeDefined();
    // Whether safeguards are needed depends on how many calendar days today's 5 working days
    // span (the week before Spring Festival spans more than 7): read it, and honour it.
    const safeguards = servedView.state.interim?.required === true;
    if (safeguards) {
      await handle.executeUpdate(CASE_UPDATES.recordInterimMeasures, {
        args: [{ actor: officer, measures: ['设置警示标志'], evidence: [] }],
      });
    }
    await ts.env.sleep('2 days');
    const reported = await handle.executeUpdate(CASE_UPDATES.reportRectification, {
      args: [
        {
          actor: officer,
          note: 'leads removed, charging moved outside',
          evidence: [{ evidenceId: 'ev-fixed' }],
        },
      ],
    });
    expect(reported.state.status).toBe('awaiting_reinspection');
    expect(reported.state.reinspectionDueAt).toBeDefined();
    await handle.executeUpdate(CASE_UPDATES.recordReinspection, {
      args: [{ actor: officer, passed: true, findings: 'stairwell clear', evidence: [] }],
    });
    await handle.executeUpdate(CASE_UPDATES.closeCase, {
      args: [
        {
          actor: supervisor,
          note: 'struck off the ledger',
          evidence: [{ evidenceId: 'ev-close' }],
        },
      ],
    });
    await expect(handle.result()).resolves.toMatchObject({ status: 'closed' });
    const final = projected.get(handle.workflowId)!;
    expect(final.state.status).toBe('closed');
    expect(final.state.events.map((e) => e.type)).toEqual([
      'case_registered',
      'notice_issued',
      'notice_served',
      ...(safeguards ? ['interim_measures_recorded'] : []),
      'rectification_reported',
      'reinspection_passed',
      'case_closed',
    ]);
    expect(
      notifications.some((n) => n.caseNumber === handle.workflowId && n.kind === 'notice_served'),
    ).toBe(true);
  });

  it('climbs every rung: reminder, overdue, interview (约谈), criticism (通报批评) and referral (移交执法)', async () => {
    const handle = await open();
    const served = await issueAndServe(handle);
    const deadline = Date.parse(served.state.deadlineAt!);
    await ts.env.sleep(deadline - 12 * 3_600_000 - (await ts.env.currentTimeMs()));
    let view = await query(handle);
    expect(view.state.rungs.map((r) => r.kind)).toEqual(['reminder']);
    expect(view.state.escalationLevel).toBe(1);

    await ts.env.sleep('13 hours');
    view = await query(handle);
    expect(view.state.overdue).toBe(true);
    expect(view.state.status).toBe('awaiting_reinspection');
    expect(view.state.rungs.map((r) => r.kind)).toEqual(['reminder', 'overdue']);
    expect(
      notifications.some(
        (n) =>
          n.caseNumber === handle.workflowId &&
          n.kind === 'case_overdue' &&
          n.audience === 'department_leader',
      ),
    ).toBe(true);

    await ts.env.sleep('3 days');
    view = await query(handle);
    expect(view.state.rungs.map((r) => r.kind)).toEqual(['reminder', 'overdue', 'interview']);
    expect(view.state.escalationLevel).toBe(3);
    expect(view.state.rungs[2].dueAt).toBeDefined();

    const nowMs = await ts.env.currentTimeMs();
    await handle.executeUpdate(CASE_UPDATES.scheduleInterview, {
      args: [
        {
          actor: supervisor,
          at: new Date(nowMs + 86_400_000).toISOString(),
          location: 'Sub-district office, room 201',
          interviewee: 'Chen Gang',
        },
      ],
    });
    const committedDate = chinaDateOf(new Date(nowMs + 2 * 86_400_000).toISOString());
    view = await handle.executeUpdate(CASE_UPDATES.recordInterview, {
      args: [
        {
          actor: supervisor,
          summary: 'Head committed to a fix',
          committedDate,
          evidence: [{ evidenceId: 'ev-minutes' }],
        },
      ],
    });
    expect(view.state.commitmentDeadline).toBeDefined();
    expect(view.state.overdue).toBe(false);

    await ts.env.sleep('4 days');
    view = await query(handle);
    expect(view.state.rungs.filter((r) => !r.completed).map((r) => r.kind)).toEqual([
      'criticism',
      'referral',
    ]);
    expect(view.state.escalationLevel).toBe(4);

    await handle.executeUpdate(CASE_UPDATES.issueCriticism, {
      args: [{ actor: supervisor, summary: 'Criticism notice 太白通报〔2026〕3号', evidence: [] }],
    });
    await handle.executeUpdate(CASE_UPDATES.referToEnforcement, {
      args: [
        {
          actor: supervisor,
          agency: '综合执法大队',
          summary: 'Referred for enforcement',
          evidence: [],
        },
      ],
    });
    view = await query(handle);
    expect(view.state.status).not.toBe('closed'); // stays open until the hazard is fixed
    await handle.executeUpdate(CASE_UPDATES.recordReinspection, {
      args: [{ actor: officer, passed: true, findings: 'fixed at last', evidence: [] }],
    });
    await handle.executeUpdate(CASE_UPDATES.closeCase, {
      args: [{ actor: supervisor, note: 'closed after enforcement', evidence: [] }],
    });
    await expect(handle.result()).resolves.toMatchObject({ status: 'closed' });
    const version = recordingVersion();
    if (version) saveHistory(version, 'full-ladder', historyToJSON(await handle.fetchHistory()));
  });

  it('grants one extension (延期) with its reason and refuses a second', async () => {
    const handle = await open();
    const served = await issueAndServe(handle);
    await ts.env.sleep(
      Date.parse(served.state.deadlineAt!) - (await ts.env.currentTimeMs()) + 60_000,
    );
    expect((await query(handle)).state.overdue).toBe(true);
    const newDeadlineDate = chinaDateOf(
      new Date((await ts.env.currentTimeMs()) + 5 * 86_400_000).toISOString(),
    );
    const extended = await handle.executeUpdate(CASE_UPDATES.grantExtension, {
      args: [{ actor: supervisor, reason: 'fire doors on order', newDeadlineDate }],
    });
    expect(extended.state.overdue).toBe(false);
    expect(extended.state.status).toBe('rectifying');
    expect(extended.state.deadlines.at(-1)).toMatchObject({
      kind: 'rectification',
      reason: 'extension (延期) granted: fire doors on order',
    });
    const later = chinaDateOf(
      new Date((await ts.env.currentTimeMs()) + 9 * 86_400_000).toISOString(),
    );
    await expect(
      refusedCode(
        handle.executeUpdate(CASE_UPDATES.grantExtension, {
          args: [{ actor: supervisor, reason: 'again', newDeadlineDate: later }],
        }),
      ),
    ).resolves.toBe(CaseErrorCode.ExtensionLimitReached);
    await handle.executeUpdate(CASE_UPDATES.voidCase, {
      args: [{ actor: supervisor, reason: 'test cleanup' }],
    });
  });

  it('refuses illegal actions with their reason, before they touch history', async () => {
    const handle = await open();
    await expect(
      refusedCode(
        handle.executeUpdate(CASE_UPDATES.recordReinspection, {
          args: [{ actor: officer, passed: true, findings: 'x', evidence: [] }],
        }),
      ),
    ).resolves.toBe(CaseErrorCode.NoticeNotServed);
    await expect(
      refusedCode(
        handle.executeUpdate(CASE_UPDATES.closeCase, {
          args: [{ actor: supervisor, note: 'x', evidence: [] }],
        }),
      ),
    ).resolves.toBe(CaseErrorCode.NotRectified);
    await expect(
      refusedCode(
        handle.executeUpdate(CASE_UPDATES.issueNotice, {
          args: [{ actor: { ...officer, role: 'janitor' as never }, requirements: 'x' }],
        }),
      ),
    ).resolves.toBe(CaseErrorCode.UnknownRole);
    await expect(
      refusedCode(
        handle.executeUpdate(CASE_UPDATES.voidCase, { args: [{ actor: officer, reason: 'x' }] }),
      ),
    ).resolves.toBe(CaseErrorCode.RoleNotPermitted);
    const history = await handle.fetchHistory();
    const updateEvents = (history.events ?? []).filter(
      (e) => e.workflowExecutionUpdateAcceptedEventAttributes,
    );
    expect(updateEvents).toHaveLength(0);
    await handle.executeUpdate(CASE_UPDATES.voidCase, {
      args: [{ actor: supervisor, reason: 'registered twice' }],
    });
  });

  it('gives a registered case a notice due date, and alerts the officer, then the supervisor', async () => {
    const handle = await open();
    let view = await query(handle);
    for (let i = 0; i < 50 && !view.state.noticeDueAt; i += 1) view = await query(handle);
    const noticeDueAt = view.state.noticeDueAt!;
    expect(view.nextDue).toMatchObject({ kind: 'issue_notice', dueAt: noticeDueAt });
    await ts.env.sleep(Date.parse(noticeDueAt) - (await ts.env.currentTimeMs()) + 60_000);
    view = await query(handle);
    expect(view.state.events.map((e) => e.type)).toContain('notice_overdue');
    const escalateAt = view.state.lapses?.notice?.escalateAt;
    expect(escalateAt).toBeDefined();
    await ts.env.sleep(Date.parse(escalateAt!) - (await ts.env.currentTimeMs()) + 60_000);
    view = await query(handle);
    expect(view.obligations.map((o) => o.kind)).toContain('supervise_notice');
    const mine = notifications.filter((n) => n.caseNumber === handle.workflowId);
    expect(mine.map((n) => `${n.audience}:${n.kind}`)).toEqual([
      'officer:notice_overdue',
      'supervisor:notice_escalated',
    ]);
    expect(view.nextDue?.dueAt).toBeDefined(); // a follow-up: no case sits without a clock
    await handle.executeUpdate(CASE_UPDATES.voidCase, {
      args: [{ actor: supervisor, reason: 'test cleanup' }],
    });
  });

  it('voids a mistaken case with a reason', async () => {
    const handle = await open();
    await handle.executeUpdate(CASE_UPDATES.voidCase, {
      args: [{ actor: supervisor, reason: 'duplicate of another case' }],
    });
    await expect(handle.result()).resolves.toMatchObject({ status: 'voided' });
    expect(projected.get(handle.workflowId)?.state.voided).toMatchObject({
      reason: 'duplicate of another case',
      by: supervisor,
    });
  });

  it('demands interim measures (临时防范措施) for a major hazard and alerts the leader on a missed patrol', async () => {
    const handle = await open(
      caseInput({
        severity: 'major',
        category: 'high_rise',
        hazardType: 'high_rise.sprinkler_fault',
      }),
    );
    const served = await issueAndServe(handle);
    expect(served.state.interim?.required).toBe(true);
    await handle.executeUpdate(CASE_UPDATES.recordInterimMeasures, {
      args: [
        { actor: officer, measures: ['warning signs', 'fire watch on every floor'], evidence: [] },
      ],
    });
    await handle.executeUpdate(CASE_UPDATES.recordPatrol, {
      args: [{ actor: officer, measuresInPlace: true, evidence: [] }],
    });
    await ts.env.sleep('3 days');
    await ts.env.sleep('2 hours');
    const view = await query(handle);
    expect(view.state.interim?.missedPatrols).toHaveLength(1);
    expect(
      notifications.some(
        (n) =>
          n.caseNumber === handle.workflowId &&
          n.kind === 'patrol_missed' &&
          n.audience === 'department_leader',
      ),
    ).toBe(true);
    await handle.executeUpdate(CASE_UPDATES.voidCase, {
      args: [{ actor: supervisor, reason: 'test cleanup' }],
    });
  });

  it('computes deadlines on the statutory calendar: a notice issued before Spring Festival 2024', async () => {
    const handle = await open(caseInput({ discoveredAt: '2024-02-07T02:00:00.000Z' }));
    // Issued Thursday 2024-02-08 (China). 3 working days to serve: Fri 9th; the 10th–17th are the
    // holiday; Sunday 18th is an adjusted working day (调休); Monday 19th is the third.
    const view = await handle.executeUpdate(CASE_UPDATES.issueNotice, {
      args: [
        { actor: officer, requirements: 'clear the passage', issuedAt: '2024-02-08T02:00:00.000Z' },
      ],
    });
    expect(view.state.notice?.serviceDueAt).toBe('2024-02-19T15:59:59.999Z');
    // Issuing is one step: the update answers with its numbered document.
    expect(view.state.notice?.documentNo).toMatch(/^太白消整〔测试〕第\d{4}号$/);
    // 5 working days to rectify: 9th, 18th, 19th, 20th, 21st.
    expect(view.state.deadlineAt).toBe('2024-02-21T15:59:59.999Z');

    await handle.executeUpdate(CASE_UPDATES.voidCase, {
      args: [{ actor: supervisor, reason: 'test cleanup' }],
    });
  });

  it('counts across the turn of a year: statutory where the year is loaded, provisional where not, recounted once loaded', async () => {
    // A paper notice issued Tuesday 2025-12-30. 元旦 2026: 1–3 January off, Sunday 4th worked.
    const issue = (handle: WorkflowHandle) =>
      handle.executeUpdate(CASE_UPDATES.issueNotice, {
        args: [
          { actor: officer, requirements: '清理消防通道', issuedAt: '2025-12-30T02:00:00.000Z' },
        ],
      });
    const atIssue = (view: CaseView, kind: string) =>
      view.state.deadlines.find(
        (d) => d.kind === kind && d.setAt === view.state.notice?.issuedAt,
      ) ?? view.state.deadlines.find((d) => d.kind === kind);
    const discoveredAt = '2025-12-29T02:00:00.000Z';
    try {
      // 2026 loaded (chinese-days carries it): 31st, 4th, 5th to serve; 31st, 4th–7th to rectify.
      calendar.current = StatutoryCalendar.builtIn();
      const loadedCase = await open(caseInput({ discoveredAt }));
      const statutory = await issue(loadedCase);
      expect(statutory.state.notice?.serviceDueAt).toBe('2026-01-05T15:59:59.999Z');
      expect(statutory.state.deadlineAt).toBe('2026-01-07T15:59:59.999Z');
      expect(atIssue(statutory, 'service')?.provisional).toBeUndefined();

      // 2026 not loaded: Monday to Friday, 1 and 2 January counted as working days, and said so.
      calendar.current = StatutoryCalendar.builtIn().without((year) => year >= 2026);
      const waiting = await open(caseInput({ discoveredAt }));
      const provisional = await issue(waiting);
      expect(provisional.state.notice?.serviceDueAt).toBe('2026-01-02T15:59:59.999Z');
      expect(provisional.state.deadlineAt).toBe('2026-01-06T15:59:59.999Z');
      expect(atIssue(provisional, 'service')?.provisional?.years).toEqual([2026]);
      expect(atIssue(provisional, 'rectification')?.provisional?.reason).toContain(
        '2026年法定节假日安排尚未录入',
      );

      // The office loads 2026: the case recounts its clocks through a recorded event.
      calendar.current = StatutoryCalendar.builtIn();
      await waiting.signal(statutoryYearLoadedSignal, {
        year: 2026,
        document: '国办发明电〔2025〕7号',
        loadedAt: new Date(await ts.env.currentTimeMs()).toISOString(),
      });
      let view = await query(waiting);
      for (
        let i = 0;
        i < 50 && !view.state.events.some((e) => e.type === 'deadlines_recalculated');
        i += 1
      ) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        view = await query(waiting);
      }
      expect(view.state.notice?.serviceDueAt).toBe('2026-01-05T15:59:59.999Z');
      expect(view.state.deadlineAt).toBe('2026-01-06T15:59:59.999Z'); // printed: it stands
      const recounted = view.state.deadlines.filter((d) =>
        d.reason.startsWith('2026年法定节假日安排已录入（国办发明电〔2025〕7号）'),
      );
      expect(recounted.map((d) => d.kind)).toEqual(
        expect.arrayContaining(['service', 'rectification']),
      );
      expect(recounted.every((d) => !d.provisional)).toBe(true);
      for (const handle of [loadedCase, waiting]) {
        await handle.executeUpdate(CASE_UPDATES.voidCase, {
          args: [{ actor: supervisor, reason: 'test cleanup' }],
        });
      }
    } finally {
      calendar.current = StatutoryCalendar.builtIn();
    }
  });

  it('continues as new on a long history and keeps its state', async () => {
    const handle = await open(caseInput({}, { historyEventLimit: 20 }));
    const firstRunId = (await handle.describe()).runId;
    await issueAndServe(handle);
    for (let i = 0; i < 3; i += 1) {
      await ts.env.sleep('1 hour');
      await handle
        .executeUpdate(CASE_UPDATES.requestExtension, {
          args: [{ actor: officer, reason: `request ${i}` }],
        })
        .catch(() => undefined);
      await handle
        .executeUpdate(CASE_UPDATES.rejectExtension, {
          args: [{ actor: supervisor, reason: `no ${i}` }],
        })
        .catch(() => undefined);
    }
    await ts.env.sleep('1 minute');
    const latest = ts.client.workflow.getHandle(handle.workflowId);
    const description = await latest.describe();
    expect(description.runId).not.toBe(firstRunId);
    const view = await latest.query(getCaseQuery);
    expect(view.state.notice?.served).toBeDefined();
    expect(view.state.extensions.filter((e) => e.rejected)).toHaveLength(3);
    expect(view.state.events[0].type).toBe('case_registered');
    await latest.executeUpdate(CASE_UPDATES.voidCase, {
      args: [{ actor: supervisor, reason: 'test cleanup' }],
    });
    await expect(latest.result()).resolves.toMatchObject({ status: 'voided' });
    const version = recordingVersion();
    if (version) {
      saveHistory(version, 'continued-as-new', historyToJSON(await latest.fetchHistory()));
    }
  });
});
