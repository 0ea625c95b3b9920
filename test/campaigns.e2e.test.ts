// Campaigns end to end on the real stack (api and worker apps, the Temporal dev server, the
// embedded PostgreSQL): a campaign shaped like the seed's, its key period compressed to seconds
// by its own policy, runs its steps on the dev server's timers; sweep tasks are done through the
// API, registering hazards through the case-opening service. Nothing is mocked.
import { randomUUID } from 'node:crypto';
import { CAMPAIGN_WORKFLOW, type CampaignView, campaignWorkflowId } from '@firecase/contract';
import type { CampaignStepRecord, SweepTask } from '@firecase/domain';
import { OrganisationRepository } from '@firecase/persistence';
import { eventually } from './support/eventually';
import { useRealStack } from './support/real-stack';
import { signedInUser } from './support/signed-in-user';

interface CampaignBody {
  readonly status: string;
  readonly tasks: SweepTask[];
  readonly steps: CampaignStepRecord[];
}

const fieldsOf = (body: unknown) =>
  (body as { fields: { field: string }[] }).fields.map((f) => f.field);
const campaignOf = (body: unknown) => body as CampaignBody;

const COMMUNITY = `Campaign Test Community ${randomUUID().slice(0, 6)}`;

/** A campaign that starts now, with a key period 12 s from now lasting 20 s. */
function shortCampaign(code: string, t0 = Date.now()) {
  const at = (seconds: number) => new Date(t0 + seconds * 1000).toISOString();
  return {
    code,
    name: '短周期测试专项行动',
    start: at(0),
    end: at(35),
    categories: [
      { category: 'high_rise', leadDepartment: 'emergency', responsibleLeader: '刘志强' },
      {
        category: 'electric_bike',
        leadDepartment: 'planning_environment',
        responsibleLeader: '陈晓梅',
      },
    ],
    keyPeriods: [
      {
        code: 'spring-festival',
        name: '春节',
        start: at(12),
        end: at(32),
        calls: ['warning', 'sweep', 'night_patrol'],
        placeTypes: ['high_rise_building', 'nine_small_places'],
      },
    ],
    policy: {
      version: 'e2e-short',
      keyPeriods: {
        warningBeforeStart: { seconds: 10 },
        sweepOpensBeforeStart: { seconds: 10 },
        sweepDueAfterEnd: { seconds: 0 },
        nightPatrolFirstAfterStart: { seconds: 4 },
        nightPatrolEvery: { seconds: 20 },
      },
      recordingGraceAfterEnd: { seconds: 5 },
    },
  };
}

function hazard() {
  return {
    location: { community: COMMUNITY, grid: 'G-01', address: '太白路18号' },
    category: 'high_rise',
    hazardType: 'high_rise.fire_passage_occupied',
    description: '消防通道堆放杂物',
    severity: 'general',
    responsibleParty: { name: '绿叶物业服务有限公司', head: '孙浩' },
    department: 'planning_environment',
    evidence: [],
  };
}

describe('campaigns (HTTP, real stack)', () => {
  const stack = useRealStack({ worker: true, api: true, database: true, temporal: true });
  const supervisor = signedInUser(stack, { role: 'supervisor', displayName: '张敏' });
  const officer = signedInUser(stack, {
    role: 'officer',
    displayName: '李伟',
    communities: [COMMUNITY],
  });
  const otherSupervisor = signedInUser(stack, { role: 'supervisor', department: 'enforcement' });
  const auditor = signedInUser(stack, { role: 'auditor' });
  const http = stack.http;

  it('refuses a definition that does not hold together, naming each field', async () => {
    const bad = {
      ...shortCampaign(`bad-${randomUUID().slice(0, 8)}`),
      end: '2020-01-01',
      categories: [
        { category: 'no_such', leadDepartment: 'emergency', responsibleLeader: '刘志强' },
      ],
    };
    const response = await http().post('/campaigns').set(supervisor).send(bad).expect(400);
    expect(fieldsOf(response.body)).toEqual(['categories[0].category']);
    const inverted = { ...shortCampaign(`bad-${randomUUID().slice(0, 8)}`), end: '2020-01-01' };
    const second = await http().post('/campaigns').set(supervisor).send(inverted).expect(400);
    expect(fieldsOf(second.body)).toEqual(['end', 'keyPeriods[0].start']);
    await http().post('/campaigns').set(officer).send(shortCampaign('by-officer')).expect(403);
    await http().post('/campaigns').set(auditor).send(shortCampaign('by-auditor')).expect(403);
  });

  it('runs a key period on the dev server: warnings, sweep tasks done and missed, recording closed', async () => {
    const code = `e2e-${randomUUID().slice(0, 8)}`;
    const body = shortCampaign(code);
    const defined = await http().post('/campaigns').set(supervisor).send(body).expect(201);
    expect(defined.headers.location).toBe(`/campaigns/${code}`);
    expect(defined.body.definition.policy.keyPeriods.defaultPlaceTypes).toHaveLength(8);
    // The same definition again is a retry; another under the same code a conflict.
    await http().post('/campaigns').set(supervisor).send(body).expect(200);
    await http()
      .post('/campaigns')
      .set(supervisor)
      .send({ ...body, name: '另一项' })
      .expect(409);

    // 消防安全提示 to every department and community; 集中检查 tasks for each community and lead department.
    const campaign = await eventually(
      async () =>
        campaignOf((await http().get(`/campaigns/${code}`).set(officer).expect(200)).body),
      (c) => c.tasks.length > 0,
      'the sweep tasks to open',
    );
    const organisation = stack.api.get(OrganisationRepository);
    const units = [
      ...(await organisation.departments()).map((d) => `department:${d.code}`),
      ...(await organisation.communities()).map((c) => `community:${c.code}`),
    ];
    // Through issue 10's outbox: about no case, addressed to the unit's people, params for the template.
    const warnings = await stack.database.query<
      {
        audience: string;
        case_number: string | null;
        recipients: unknown[];
        params: Record<string, string>;
      }[]
    >(
      `SELECT params->>'audience' AS audience, case_number, recipients, params
         FROM case_notification WHERE params->>'subject' = $1 AND kind = 'campaign_warning'`,
      [code],
    );
    expect(warnings.map((w) => w.audience).sort()).toEqual(units.sort());
    const toCommunity = warnings.find((w) => w.audience === `community:${COMMUNITY}`)!;
    expect(toCommunity.case_number).toBeNull();
    expect(toCommunity.recipients).toEqual([{ type: 'community_staff', community: COMMUNITY }]);
    expect(toCommunity.params).toMatchObject({ campaign: body.name, office: expect.any(String) });
    expect(toCommunity.params.message).toMatch(/将至/);
    const ours = campaign.tasks.find((t) => t.unit.code === COMMUNITY)!;
    expect(ours).toMatchObject({
      status: 'open',
      placeTypes: ['high_rise_building', 'nine_small_places'],
    });
    expect(
      campaign.tasks.filter((t) => t.unit.kind === 'department').map((t) => t.unit.code),
    ).toEqual(['emergency', 'planning_environment']);

    // Done by recording the inspection; the hazard it found opens a case of the campaign.
    const inspection = {
      inspectedAt: new Date().toISOString(),
      placesInspected: [{ placeType: 'high_rise_building', count: 2 }],
      findings: '检查高层建筑2栋，发现消防通道堆放杂物1处',
      hazards: [hazard()],
    };
    const path = `/campaigns/${code}/tasks/${ours.id}/inspection`;
    await http().post(path).set(otherSupervisor).send(inspection).expect(403);
    const bad = await http()
      .post(path)
      .set(officer)
      .send({ ...inspection, placesInspected: [] })
      .expect(400);
    expect(fieldsOf(bad.body)).toEqual(['placesInspected']);
    const recorded = await http().post(path).set(officer).send(inspection).expect(201);
    const { task } = recorded.body as { task: SweepTask };
    expect(task).toMatchObject({ status: 'done', inspection: { findings: inspection.findings } });
    const [caseNumber] = task.inspection!.hazardCaseNumbers;
    expect(caseNumber).toMatch(/^TB-\d{4}-\d{6}$/);
    const again = await http().post(path).set(officer).send(inspection).expect(409);
    expect(again.body.code).toBe('SWEEP_TASK_NOT_OPEN');
    await http()
      .post(`/campaigns/${code}/tasks/none.01/inspection`)
      .set(officer)
      .send(inspection)
      .expect(404);
    const opened = await http().get(`/cases/${caseNumber}`).set(officer).expect(200);
    expect(opened.body.state.discovery).toMatchObject({
      campaignId: code,
      discoveredAt: inspection.inspectedAt,
    });
    const [row] = await eventually(
      () =>
        stack.database.query<{ campaign_id: string }[]>(
          `SELECT campaign_id FROM hazard_case WHERE case_number = $1`,
          [caseNumber],
        ),
      (rows) => rows.length === 1,
      'the case to reach the read model',
    );
    expect(row.campaign_id).toBe(code);

    // Registration: an unnamed campaign is the one covering the discovery; an unknown one is a 400.
    const plain = await http()
      .post('/cases')
      .set(officer)
      .send({ ...hazard(), discoveredAt: new Date().toISOString() })
      .expect(201);
    expect(plain.body.case.state.discovery.campaignId).toBe(code);
    const unknown = await http()
      .post('/cases')
      .set(officer)
      .send({ ...hazard(), discoveredAt: new Date().toISOString(), campaignId: 'no-such-campaign' })
      .expect(400);
    expect(unknown.body.fields).toEqual([
      { field: 'campaignId', problems: ['campaignId no-such-campaign names no campaign'] },
    ]);

    // The rest of the plan on the dev server's timers, to the end of recording.
    const result = (await stack.client.workflow
      .getHandle(campaignWorkflowId(code))
      .result()) as CampaignView;
    expect(result.state.status).toBe('closed');
    expect(result.state.steps.map((s) => [s.id, s.outcome])).toEqual([
      ['campaign_start', 'done'],
      ['spring-festival/warning', 'done'],
      ['spring-festival/sweep_open', 'done'],
      ['spring-festival/night_patrol/1', 'done'],
      ['spring-festival/sweep_due', 'done'],
      ['campaign_end', 'done'],
      ['recording_closed', 'done'],
    ]);
    const read = await eventually(
      async () =>
        campaignOf((await http().get(`/campaigns/${code}`).set(auditor).expect(200)).body),
      (c) => c.status === 'closed',
      'the closed campaign in the read model',
    );
    expect(read.tasks.filter((t) => t.status === 'missed')).toHaveLength(read.tasks.length - 1);
    const tasks = await stack.database.query<
      { task_id: string; status: string; hazard_case_numbers: string[] }[]
    >(
      `SELECT task_id, status, hazard_case_numbers FROM sweep_task WHERE campaign_code = $1 ORDER BY task_id`,
      [code],
    );
    expect(tasks.find((t) => t.task_id === ours.id)).toMatchObject({
      status: 'done',
      hazard_case_numbers: [caseNumber],
    });
    const reminders = await stack.database.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM case_notification WHERE params->>'subject' = $1 AND kind = 'night_patrol_reminder'`,
      [code],
    );
    expect(reminders[0].n).toBe(read.tasks.length);

    // Everything is recorded: the audit trail holds each step and the inspection, by whom.
    const history = await http().get(`/campaigns/${code}/history`).set(auditor).expect(200);
    const events = history.body as { eventType: string; actorName: string }[];
    const types = events.map((e) => e.eventType);
    expect(types[0]).toBe('campaign_defined');
    expect(types.at(-1)).toBe('recording_closed');
    expect([...types].sort()).toEqual(
      [
        'campaign_defined',
        'campaign_started',
        'warning_sent',
        'sweep_opened',
        'sweep_inspection_recorded',
        'night_patrol_reminded',
        'sweep_tasks_due',
        'campaign_ended',
        'recording_closed',
      ].sort(),
    );
    expect(events.find((e) => e.eventType === 'sweep_inspection_recorded')).toMatchObject({
      actorName: '李伟',
      actorRole: 'officer',
    });
    const described = await stack.client.workflow.getHandle(campaignWorkflowId(code)).describe();
    expect(described.type).toBe(CAMPAIGN_WORKFLOW);
  });
});
