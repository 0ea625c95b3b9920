// Unit supervision (督导考核) on the Java time-skipping test server with the default policy's real
// durations: a campaign opens a case for a lagging unit, the case climbs 督办通知 → 通报批评 →
// 约谈单位负责人 while the unit's figures lag and closes when they recover. The activities are the
// real ones over in-memory repositories whose figures the test sets (no database); the SQL behind
// the figures has its own test against PostgreSQL (test/unit-supervision.e2e.test.ts).
import { randomUUID } from 'node:crypto';
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import {
  CAMPAIGN_UPDATES,
  CAMPAIGN_WORKFLOW,
  type CampaignView,
  CaseSearchAttributes,
  getCampaignQuery,
  getSupervisionQuery,
  SUPERVISION_UPDATES,
  UNIT_SUPERVISION_WORKFLOW,
  type UnitSupervisionView,
  type UnitSupervisionWorkflowInput,
} from '@firecase/contract';
import {
  type Actor,
  type CampaignDefinition,
  chinaDateOf,
  DEFAULT_CAMPAIGN_POLICY,
  laggingReasons,
  SupervisionErrorCode,
} from '@firecase/domain';
import type { OutgoingNotification } from '@firecase/persistence';
import { createCampaignActivities, createUnitSupervisionActivities } from '@firecase/worker';
import { fakeCampaignRepositories, figuresOf, UNITS } from '../support/campaign-fixtures';
import { recordHistory } from '../support/campaign-histories';
import { useTimeSkippingWorker } from '../support/time-skipping-worker';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const supervisor: Actor = { userId: 'u-supervisor-zhang', name: '张敏', role: 'supervisor' };
const officer: Actor = { userId: 'u-officer-li', name: '李伟', role: 'officer' };
const TAIBAI = UNITS.communities[0];
/** 4 of 10 cases overdue: 40 %, above the policy's 20 %. */
const LAGGING = { found: 10, rectified: 4, overdue: 4, rectificationRate: 0.4 };
const RECOVERED = { found: 10, rectified: 10, overdue: 0, rectificationRate: 1 };

describe('unit supervision (time-skipping server)', () => {
  const repositories = fakeCampaignRepositories();
  const outbox: OutgoingNotification[] = [];
  const notifications = {
    queue: async (list: readonly OutgoingNotification[]) => {
      const fresh = list.filter((n) => !outbox.some((m) => m.dedupeKey === n.dedupeKey));
      outbox.push(...fresh);
      return fresh.length;
    },
  };
  const ts = useTimeSkippingWorker('supervision', () => ({
    ...createCampaignActivities({
      campaigns: { project: async () => true, claimUnassignedCases: async () => 0 },
      organisation: {
        departments: async () => UNITS.departments.map((d) => ({ code: d.code, name: d.name })),
        communities: async () => UNITS.communities.map((c) => ({ ...c, grids: [] })),
      },
      notifications,
      figures: repositories.figures,
      supervisions: repositories.supervisions,
      temporal: ts.client,
    }),
    ...createUnitSupervisionActivities({
      figures: repositories.figures,
      supervisions: repositories.supervisions,
      notifications,
    }),
  }));

  const sent = (subject: string, kind: string) =>
    outbox.filter((n) => n.params?.subject === subject && n.kind === kind);
  const state = async (handle: WorkflowHandle) =>
    (await handle.query<UnitSupervisionView>(getSupervisionQuery)).state;

  it('opens a case for the lagging unit only, once, and the case outlives the campaign', async () => {
    const now = await ts.env.currentTimeMs();
    const code = `sup-${randomUUID().slice(0, 8)}`;
    repositories.setFigures(TAIBAI, LAGGING);
    const campaign: CampaignDefinition = {
      code,
      name: '冬春消防安全专项行动',
      startsAt: new Date(now + HOUR).toISOString(),
      endsAt: new Date(now + 60 * DAY).toISOString(),
      categories: [
        { category: 'high_rise', leadDepartment: 'emergency', responsibleLeader: '刘志强' },
      ],
      keyPeriods: [],
      policy: DEFAULT_CAMPAIGN_POLICY,
      definedBy: supervisor,
      definedAt: new Date(now).toISOString(),
    };
    const handle = await ts.client.workflow.start(CAMPAIGN_WORKFLOW, {
      taskQueue: ts.taskQueue,
      workflowId: `campaign-${code}`,
      args: [{ campaign }],
    });
    // The first evaluation, a day after the start; and the next one, which opens nothing more.
    await ts.env.sleep(2 * DAY + 2 * HOUR);
    const { state: campaignState } = await handle.query<CampaignView>(getCampaignQuery);
    expect(campaignState.supervisions.map((s) => s.unitKey)).toEqual([
      'community:Taibai Community',
    ]);
    const number = campaignState.supervisions[0].number;
    const child = ts.client.workflow.getHandle(number);
    const opened = await state(child);
    expect(opened).toMatchObject({
      status: 'open',
      level: 1,
      unit: TAIBAI,
      campaign: { code, name: '冬春消防安全专项行动' },
      openedFor: [{ kind: 'overdue_rate', value: 40, threshold: 20 }],
    });
    expect(opened.rungs).toEqual([
      expect.objectContaining({
        kind: 'supervision_notice',
        dueAt: new Date(Date.parse(opened.openedAt) + 2 * DAY).toISOString(),
      }),
    ]);
    expect(sent(number, 'supervision_opened').map((n) => n.params?.audience)).toEqual([
      'community:Taibai Community',
      'sub_district_leaders',
    ]);
    // Cancelling the campaign leaves the unit's case running: it ends when the unit recovers.
    expect(await ts.client.workflow.getHandle(number).describe()).toMatchObject({
      type: UNIT_SUPERVISION_WORKFLOW,
    });
    await handle.executeUpdate(CAMPAIGN_UPDATES.cancelCampaign, {
      args: [{ actor: supervisor, reason: '测试结束' }],
    });
    await handle.result();
    expect((await child.describe()).status.name).toBe('RUNNING');
    repositories.setFigures(TAIBAI, RECOVERED);
    await ts.env.sleep(DAY + HOUR);
    expect(((await child.result()) as UnitSupervisionView).state.closure).toMatchObject({
      recovered: true,
    });
  });

  it('climbs 督办通知 → 通报批评 → 约谈 while the unit lags, and closes when it recovers', async () => {
    repositories.setFigures(TAIBAI, LAGGING);
    const handle = await startCase();
    const number = handle.workflowId;

    // 督办通知 not issued within two days: the leaders are told, once.
    await ts.env.sleep(2 * DAY + HOUR);
    expect(sent(number, 'supervision_rung_overdue').map((n) => n.params?.audience)).toEqual([
      'sub_district_leaders',
    ]);
    expect(await refused(handle, 'issueSupervisionNotice', { actor: officer })).toBe(
      SupervisionErrorCode.RoleNotPermitted,
    );
    expect(await refused(handle, 'issueCriticism', { noticeNo: '太白消督〔2027〕第0001号' })).toBe(
      SupervisionErrorCode.WrongRung,
    );
    await handle.executeUpdate(SUPERVISION_UPDATES.issueSupervisionNotice, {
      args: [{ actor: supervisor, summary: '请于7日内完成逾期隐患整改', evidence: [] }],
    });
    expect(await refused(handle, 'issueSupervisionNotice', {})).toBe(SupervisionErrorCode.RungDone);

    // A week on and still lagging: 通报批评, due within three days.
    await ts.env.sleep(7 * DAY + HOUR);
    let current = await state(handle);
    expect(current.rungs.map((r) => r.kind)).toEqual(['supervision_notice', 'criticism']);
    expect(current.level).toBe(2);
    await handle.executeUpdate(SUPERVISION_UPDATES.issueCriticism, {
      args: [
        {
          actor: supervisor,
          noticeNo: '太白消督〔2027〕第0001号',
          summary: '督办后仍有4处隐患逾期未整改',
          evidence: [{ evidenceId: 'ev-criticism-1' }],
        },
      ],
    });

    // Another week: 约谈单位负责人, announced to the unit and the leaders.
    await ts.env.sleep(7 * DAY + HOUR);
    current = await state(handle);
    expect(current.rungs.map((r) => r.kind)).toEqual([
      'supervision_notice',
      'criticism',
      'interview',
    ]);
    expect(sent(number, 'supervision_interview').map((n) => n.params?.audience)).toEqual([
      'community:Taibai Community',
      'sub_district_leaders',
    ]);
    const today = await ts.env.currentTimeMs();
    expect(await refused(handle, 'recordInterview', interview(today, 10))).toBe(
      SupervisionErrorCode.InterviewNotScheduled,
    );
    const soon = new Date((await ts.env.currentTimeMs()) + HOUR).toISOString();
    await handle.executeUpdate(SUPERVISION_UPDATES.scheduleInterview, {
      args: [
        { actor: supervisor, at: soon, location: '街道办事处三楼会议室', interviewee: '王芳' },
      ],
    });
    await ts.env.sleep(2 * HOUR);
    expect(await refused(handle, 'recordInterview', interview(today, 45))).toBe(
      SupervisionErrorCode.InvalidInput,
    );
    await handle.executeUpdate(SUPERVISION_UPDATES.recordInterview, {
      args: [{ ...interview(today, 10), actor: supervisor }],
    });

    // The committed date passes with the unit still lagging: the leaders are told.
    await ts.env.sleep(11 * DAY);
    expect(sent(number, 'supervision_commitment_missed')).toHaveLength(1);
    expect((await state(handle)).status).toBe('open');

    // Then the unit recovers: the next evaluation closes the case.
    repositories.setFigures(TAIBAI, RECOVERED);
    await ts.env.sleep(DAY + HOUR);
    const result = (await handle.result()) as UnitSupervisionView;
    expect(result.state.status).toBe('closed');
    expect(result.state.closure).toMatchObject({ recovered: true, by: { userId: 'system' } });
    expect(result.state.events.map((e) => e.type)).toEqual([
      'supervision_opened',
      'rung_opened',
      'rung_overdue',
      'supervision_notice_issued',
      'rung_opened',
      'criticism_issued',
      'rung_opened',
      'interview_scheduled',
      'interview_held',
      'commitment_missed',
      'supervision_closed',
    ]);
    expect(repositories.supervisionStates.get(number)?.revision).toBe(result.state.revision);
    const described = await handle.describe();
    expect(described.typedSearchAttributes.get(CaseSearchAttributes.supervisionLevel)).toBe(3);
    expect(described.typedSearchAttributes.get(CaseSearchAttributes.supervisionUnit)).toBe(
      'community:Taibai Community',
    );
    // Only the four accepted actions are in the history; the refused ones never reached it.
    const history = await handle.fetchHistory();
    const accepted = (history.events ?? []).filter(
      (event) => event.workflowExecutionUpdateAcceptedEventAttributes,
    );
    expect(accepted).toHaveLength(4);
    await recordHistory('unit-supervision', 'full-ladder', handle);
  });

  it('closes with a supervisor’s reason, and once closed takes no action', async () => {
    repositories.setFigures(TAIBAI, LAGGING);
    const handle = await startCase();
    const closed = await handle.executeUpdate(SUPERVISION_UPDATES.closeSupervision, {
      args: [{ actor: supervisor, reason: '该社区已撤并，督办转至新社区' }],
    });
    expect(closed.state.closure).toMatchObject({ recovered: false, by: supervisor });
    expect(((await handle.result()) as UnitSupervisionView).state.status).toBe('closed');
    expect(sent(handle.workflowId, 'supervision_closed')).toHaveLength(2);
  });

  async function startCase() {
    const now = new Date(await ts.env.currentTimeMs()).toISOString();
    const number = `DB-2027-${String(Math.floor(Math.random() * 9000) + 1000)}`;
    const figures = figuresOf(TAIBAI, 'test', now, LAGGING);
    const input: UnitSupervisionWorkflowInput = {
      number,
      campaign: { code: 'test', name: '冬春消防安全专项行动' },
      unit: TAIBAI,
      policy: DEFAULT_CAMPAIGN_POLICY.supervision,
      openedFor: laggingReasons(figures, DEFAULT_CAMPAIGN_POLICY.supervision),
      figures,
    };
    return ts.client.workflow.start(UNIT_SUPERVISION_WORKFLOW, {
      taskQueue: ts.taskQueue,
      workflowId: number,
      args: [input],
    });
  }

  /** An interview outcome committing to a date `days` after `from` (the server's clock). */
  function interview(from: number, days: number) {
    return {
      outcome: '负责人表态两周内完成全部逾期隐患整改',
      committedDate: chinaDateOf(new Date(from + days * DAY).toISOString()),
      evidence: [],
    };
  }

  /** The reason code of a refused update; fails if it was accepted. */
  async function refused(
    handle: WorkflowHandle,
    type: keyof typeof SUPERVISION_UPDATES,
    input: object,
  ) {
    try {
      await handle.executeUpdate(SUPERVISION_UPDATES[type].name, {
        args: [{ actor: supervisor, summary: '—', evidence: [], ...input }],
      });
    } catch (error) {
      const cause = error instanceof WorkflowUpdateFailedError ? error.cause : undefined;
      if (cause instanceof ApplicationFailure) return String(cause.details?.[0]);
      throw error;
    }
    throw new Error(`${type} was accepted`);
  }
});
