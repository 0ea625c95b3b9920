// The campaign workflow on the Java time-skipping test server: the seed's campaign with its real
// key periods and the default policy's real durations (three days, twenty hours, a week), moved
// forward by whole years because this server's clock starts at today and only runs forward.
// Activities are the real ones over in-memory fakes of the repositories they use (no database):
// the projection and the outbox have their own tests against PostgreSQL in test/campaigns.e2e.
import { randomUUID } from 'node:crypto';
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import {
  CAMPAIGN_UPDATES,
  CAMPAIGN_WORKFLOW,
  type CampaignView,
  type CampaignWorkflowInput,
  getCampaignQuery,
} from '@firecase/contract';
import { type CampaignState, CampaignErrorCode, type Actor } from '@firecase/domain';
import type { OutgoingNotification } from '@firecase/persistence';
import { createCampaignActivities } from '@firecase/worker';
import {
  beijingIn,
  fakeCampaignRepositories,
  seedCampaignAhead,
  UNITS,
} from '../support/campaign-fixtures';
import { recordHistory } from '../support/campaign-histories';
import { useTimeSkippingWorker } from '../support/time-skipping-worker';

const officer: Actor = { userId: 'u-officer-li', name: '李伟', role: 'officer' };

describe('campaignWorkflow (time-skipping server)', () => {
  const projected = new Map<string, CampaignState>();
  const outbox: OutgoingNotification[] = [];
  // Every unit's figures stay clean here: unit supervision has its own test file.
  const repositories = fakeCampaignRepositories();
  const ts = useTimeSkippingWorker('campaigns', () =>
    createCampaignActivities({
      campaigns: {
        claimUnassignedCases: async () => 0,
        project: async (_subject, state) => {
          const previous = projected.get(state.campaign.code);
          if (previous && previous.revision >= state.revision) return false;
          projected.set(state.campaign.code, state);
          return true;
        },
      },
      organisation: {
        departments: async () => UNITS.departments.map((d) => ({ code: d.code, name: d.name })),
        communities: async () =>
          UNITS.communities.map((c) => ({ code: c.code, name: c.name, grids: [] })),
      },
      notifications: {
        queue: async (list) => {
          const fresh = list.filter((n) => !outbox.some((m) => m.dedupeKey === n.dedupeKey));
          outbox.push(...fresh);
          return fresh.length;
        },
      },
      figures: repositories.figures,
      supervisions: repositories.supervisions,
      temporal: ts.client,
    }),
  );

  async function start(input: CampaignWorkflowInput) {
    return ts.client.workflow.start(CAMPAIGN_WORKFLOW, {
      taskQueue: ts.taskQueue,
      workflowId: `campaign-${input.campaign.code}`,
      args: [input],
    });
  }

  /** Sleeps the server's clock until a Beijing wall-clock time of the shifted campaign. */
  async function sleepUntil(iso: string) {
    const ms = Date.parse(iso) - (await ts.env.currentTimeMs());
    if (ms > 0) await ts.env.sleep(ms);
  }

  const state = async (handle: WorkflowHandle) =>
    (await handle.query<CampaignView>(getCampaignQuery)).state;
  const sent = (code: string, kind: string) =>
    outbox.filter((n) => n.params?.subject === code && n.kind === kind);

  it('runs the seed campaign: warnings, sweep tasks, night patrols, tasks due, recording closed', async () => {
    const now = new Date(await ts.env.currentTimeMs());
    const code = `seed-${randomUUID().slice(0, 8)}`;
    const { campaign, years } = seedCampaignAhead(now, code);
    const at = (local: string) => beijingIn(years, local);
    const handle = await start({ campaign });
    expect((await state(handle)).status).toBe('scheduled');

    // 元旦: warned and tasked three days before 1 January, 00:00 Beijing.
    await sleepUntil(at('2023-12-29T01:00:00'));
    let current = await state(handle);
    expect(current.status).toBe('running');
    expect(sent(code, 'campaign_warning').map((n) => n.params?.audience)).toEqual([
      'department:planning_environment',
      'department:emergency',
      'department:economic_development',
      'department:social_affairs',
      'community:Taibai Community',
      'community:Gaosuntang Community',
    ]);
    const newYear = current.tasks.filter((t) => t.keyPeriodCode === 'new-year');
    // Every community, then each department leading one of the seven categories.
    expect(newYear.map((t) => t.unit.code)).toEqual([
      'Taibai Community',
      'Gaosuntang Community',
      'emergency',
      'economic_development',
      'planning_environment',
    ]);
    expect(newYear.every((t) => t.dueAt === at('2024-01-02T00:00:00'))).toBe(true);
    expect(newYear[0].placeTypes).toHaveLength(8);

    // The Taibai community records its inspection with the hazard it registered.
    const done = await handle.executeUpdate(CAMPAIGN_UPDATES.recordSweepInspection, {
      args: [
        {
          actor: officer,
          taskId: 'new-year.01',
          inspectedAt: at('2023-12-29T00:40:00'),
          placesInspected: [
            { placeType: 'high_rise_building', count: 3 },
            { placeType: 'nine_small_places', count: 12 },
          ],
          findings: '检查高层建筑3栋、九小场所12家，发现隐患1处',
          hazardCaseNumbers: ['TB-2027-000001'],
          evidence: [],
        },
      ],
    });
    expect(done.state.tasks[0]).toMatchObject({ status: 'done', inspection: { by: officer } });
    // Doing it twice, or with a place type the task does not list, is refused by the validator.
    const again = (taskId: string, placeType = 'petrol_station' as const) =>
      refusedCode(
        handle.executeUpdate(CAMPAIGN_UPDATES.recordSweepInspection, {
          args: [{ ...inspection(taskId, placeType), actor: officer }],
        }),
      );
    expect(await again('new-year.01')).toBe(CampaignErrorCode.TaskNotOpen);
    expect(await again('new-year.09')).toBe(CampaignErrorCode.TaskNotFound);
    expect(await again('new-year.02', 'no_such_place' as 'petrol_station')).toBe(
      CampaignErrorCode.InvalidInput,
    );

    // The night of 1 January is reminded; on the 2nd the four undone tasks fall due.
    await sleepUntil(at('2024-01-02T01:00:00'));
    expect(sent(code, 'night_patrol_reminder')).toHaveLength(5);
    expect(sent(code, 'sweep_task_overdue').map((n) => n.params?.audience)).toHaveLength(4);

    // 春节: eight nights of reminders to each of the five units.
    await sleepUntil(at('2024-02-18T01:00:00'));
    current = await state(handle);
    const nights = current.steps.filter((s) => s.id.startsWith('spring-festival/night_patrol/'));
    expect(nights.map((s) => [s.at, s.outcome])).toEqual(
      ['10', '11', '12', '13', '14', '15', '16', '17'].map((d) => [
        at(`2024-02-${d}T20:00:00`),
        'done',
      ]),
    );
    expect(sent(code, 'night_patrol_reminder')).toHaveLength(5 + 8 * 5);

    // A week after the campaign ends, recording closes: undone tasks are missed; the workflow ends.
    await sleepUntil(at('2024-04-08T01:00:00'));
    const result = (await handle.result()) as CampaignView;
    expect(result.state.status).toBe('closed');
    const statuses = result.state.tasks.map((t) => t.status);
    expect(statuses.filter((s) => s === 'done')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'missed')).toHaveLength(14);
    expect(projected.get(code)?.revision).toBe(result.state.revision);
    expect(result.state.events.map((e) => e.type)).toContain('recording_closed');

    // Refused updates never reached the history: one accepted update in all.
    const history = await handle.fetchHistory();
    const accepted = history.events?.filter(
      (e) => e.workflowExecutionUpdateAcceptedEventAttributes,
    );
    expect(accepted).toHaveLength(1);
    await recordHistory('campaign', 'seed-campaign', handle);
  });

  it('carries its state across continue-as-new', async () => {
    const now = new Date(await ts.env.currentTimeMs());
    const code = `can-${randomUUID().slice(0, 8)}`;
    const { campaign, years } = seedCampaignAhead(now, code);
    const handle = await start({ campaign, historyEventLimit: 40 });
    await ts.env.sleep(Date.parse(beijingIn(years, '2024-02-12T01:00:00')) - now.getTime());
    const current = await state(handle);
    expect(current.tasks.filter((t) => t.keyPeriodCode === 'spring-festival')).toHaveLength(5);
    const described = await ts.client.workflow.getHandle(handle.workflowId).describe();
    expect(described.runId).not.toBe(handle.firstExecutionRunId);
    // No step fired twice across the runs: each notification's dedupe key is in the outbox once.
    const keys = sent(code, 'campaign_warning').map((n) => n.dedupeKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(2 * 6);
    // The first run, which ends in continue-as-new (the latest one has barely begun).
    await recordHistory(
      'campaign',
      'continued-as-new',
      ts.client.workflow.getHandle(handle.workflowId, handle.firstExecutionRunId),
    );
  });
});

function inspection(taskId: string, placeType: 'petrol_station') {
  return {
    taskId,
    placesInspected: [{ placeType, count: 1 }],
    findings: '检查加油站1座，未发现隐患',
    hazardCaseNumbers: [],
    evidence: [],
  };
}

/** The reason code of a refused update, or a failure if it was accepted. */
async function refusedCode(action: Promise<unknown>): Promise<string> {
  try {
    await action;
  } catch (error) {
    const cause = error instanceof WorkflowUpdateFailedError ? error.cause : undefined;
    if (cause instanceof ApplicationFailure) return String(cause.details?.[0]);
    throw error;
  }
  throw new Error('the update was accepted');
}
