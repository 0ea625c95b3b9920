import type { CampaignDefinition } from './campaign';
import { campaignSteps } from './campaign-steps';
import { fireCampaignStep, pendingCampaignTimers } from './campaign-timers';
import { newCampaignState } from './new-campaign';
import { DEFAULT_CAMPAIGN_POLICY } from './default-campaign-policy';
import { PLACE_TYPES } from './place-types';

const beijing = (local: string) => new Date(`${local}+08:00`).toISOString();

/** The seed notice's campaign and key periods, as the demo defines them. */
const SEED_CAMPAIGN: CampaignDefinition = {
  code: 'taibai-2023-winter-spring',
  name: '2023年今冬明春消防安全防范工作',
  startsAt: beijing('2023-11-01T00:00:00'),
  endsAt: beijing('2024-04-01T00:00:00'),
  categories: [
    { category: 'high_rise', leadDepartment: 'emergency', responsibleLeader: '刘志强' },
    {
      category: 'electric_bike',
      leadDepartment: 'planning_environment',
      responsibleLeader: '陈晓梅',
    },
    { category: 'weak_area', leadDepartment: 'emergency', responsibleLeader: '张卫东' },
  ],
  keyPeriods: [
    {
      code: 'new-year',
      name: '元旦',
      startsAt: beijing('2024-01-01T00:00:00'),
      endsAt: beijing('2024-01-02T00:00:00'),
      calls: ['warning', 'sweep', 'night_patrol'],
      placeTypes: PLACE_TYPES,
    },
    {
      code: 'spring-festival',
      name: '春节',
      startsAt: beijing('2024-02-10T00:00:00'),
      endsAt: beijing('2024-02-18T00:00:00'),
      calls: ['warning', 'sweep', 'night_patrol'],
      placeTypes: PLACE_TYPES,
    },
  ],
  policy: DEFAULT_CAMPAIGN_POLICY,
  definedBy: { userId: 'u', name: '王涛', role: 'administrator' },
  definedAt: beijing('2023-10-30T09:00:00'),
};

const UNITS = {
  departments: [
    { kind: 'department' as const, code: 'emergency', name: '应急办' },
    { kind: 'department' as const, code: 'planning_environment', name: '规环办' },
    { kind: 'department' as const, code: 'social_affairs', name: '社事办' },
  ],
  communities: [
    { kind: 'community' as const, code: 'taibai', name: '太白社区' },
    { kind: 'community' as const, code: 'gaosuntang', name: '高笋塘社区' },
  ],
};

describe(campaignSteps.name, () => {
  const steps = campaignSteps(SEED_CAMPAIGN);
  const at = (id: string) => steps.find((s) => s.id === id)?.at;

  it('warns three days before each key period and opens its sweep then, due at its end', () => {
    expect(at('new-year/warning')).toBe(beijing('2023-12-29T00:00:00'));
    expect(at('spring-festival/warning')).toBe(beijing('2024-02-07T00:00:00'));
    expect(at('spring-festival/sweep_open')).toBe(beijing('2024-02-07T00:00:00'));
    expect(steps.find((s) => s.id === 'spring-festival/sweep_open')?.dueAt).toBe(
      beijing('2024-02-18T00:00:00'),
    );
    expect(at('spring-festival/sweep_due')).toBe(beijing('2024-02-18T00:00:00'));
  });

  it('reminds of night patrols at 20:00 on every night of the period', () => {
    const nights = steps.filter(
      (s) => s.kind === 'night_patrol' && s.keyPeriodCode === 'spring-festival',
    );
    expect(nights.map((s) => s.at)).toEqual(
      ['10', '11', '12', '13', '14', '15', '16', '17'].map((d) => beijing(`2024-02-${d}T20:00:00`)),
    );
    expect(
      steps.filter((s) => s.kind === 'night_patrol' && s.keyPeriodCode === 'new-year'),
    ).toHaveLength(1);
  });

  it('is in time order, from the campaign start to the close of recording a week after its end', () => {
    expect(steps[0].kind).toBe('campaign_start');
    expect(steps.at(-1)).toMatchObject({
      kind: 'recording_closed',
      at: beijing('2024-04-08T00:00:00'),
    });
    const times = steps.map((s) => Date.parse(s.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('follows the policy: a shorter warning lead moves only the warnings', () => {
    const policy = {
      ...DEFAULT_CAMPAIGN_POLICY,
      keyPeriods: {
        ...DEFAULT_CAMPAIGN_POLICY.keyPeriods,
        warningBeforeStart: { days: 1, hours: 12 },
      },
    };
    const shifted = campaignSteps({ ...SEED_CAMPAIGN, policy });
    expect(shifted.find((s) => s.id === 'new-year/warning')?.at).toBe(
      beijing('2023-12-30T12:00:00'),
    );
    expect(shifted.find((s) => s.id === 'new-year/sweep_open')?.at).toBe(at('new-year/sweep_open'));
  });
});

describe(fireCampaignStep.name, () => {
  it('warns every department and community, and opens a task for each community and lead department', () => {
    const state = newCampaignState(SEED_CAMPAIGN);
    const steps = campaignSteps(SEED_CAMPAIGN);
    const start = steps[0];
    fireCampaignStep(state, start, start.at);
    const warning = steps.find((s) => s.id === 'spring-festival/warning')!;
    const warnings = fireCampaignStep(state, warning, warning.at, UNITS);
    expect(warnings.map((n) => n.unit?.code)).toEqual([
      'emergency',
      'planning_environment',
      'social_affairs',
      'taibai',
      'gaosuntang',
    ]);
    expect(warnings[0]).toMatchObject({ kind: 'campaign_warning', title: '消防安全提示：春节' });
    // Addressed by name (the template's salutation), the text itself without one.
    expect(warnings[3].unit?.name).toBe('太白社区');
    expect(warnings[3].text).toMatch(/^春节（2024年2月10日至2月17日）将至/);
    expect(warnings[3].params).toMatchObject({ campaign: state.campaign.name, period: '春节' });
    const sweep = steps.find((s) => s.id === 'spring-festival/sweep_open')!;
    fireCampaignStep(state, sweep, sweep.at, UNITS);
    expect(state.tasks.map((t) => [t.id, t.unit.name])).toEqual([
      ['spring-festival.01', '太白社区'],
      ['spring-festival.02', '高笋塘社区'],
      ['spring-festival.03', '应急办'],
      ['spring-festival.04', '规环办'],
    ]);
    expect(state.tasks[0]).toMatchObject({
      placeTypes: PLACE_TYPES,
      dueAt: beijing('2024-02-18T00:00:00'),
    });
    // Fired once: a second firing of the same step changes nothing.
    expect(fireCampaignStep(state, sweep, sweep.at, UNITS)).toEqual([]);
    expect(state.tasks).toHaveLength(4);
  });

  it('skips a warning that comes after its period began, and a night patrol after its night', () => {
    const state = newCampaignState(SEED_CAMPAIGN);
    const steps = campaignSteps(SEED_CAMPAIGN);
    const warning = steps.find((s) => s.id === 'new-year/warning')!;
    expect(fireCampaignStep(state, warning, beijing('2024-01-01T08:00:00'), UNITS)).toEqual([]);
    expect(state.steps.at(-1)).toMatchObject({ id: 'new-year/warning', outcome: 'skipped' });
    expect(state.events.at(-1)?.summary).toBe('元旦消防安全提示已错过时间，未执行');
    const night = steps.find((s) => s.id === 'spring-festival/night_patrol/1')!;
    expect(fireCampaignStep(state, night, beijing('2024-02-11T08:00:00'), UNITS)).toEqual([]);
    expect(state.steps.at(-1)?.outcome).toBe('skipped');
  });

  it('closes a campaign defined after its end at once, every step skipped and nothing sent', () => {
    const state = newCampaignState(SEED_CAMPAIGN);
    const late = beijing('2026-12-01T09:00:00');
    const sent = [];
    for (
      let timer = pendingCampaignTimers(state)[0];
      timer;
      timer = pendingCampaignTimers(state)[0]
    ) {
      if (timer.kind !== 'step') throw new Error('no evaluations after the end');
      sent.push(...fireCampaignStep(state, timer.step, late, UNITS));
    }
    expect(sent).toEqual([]);
    expect(state.status).toBe('closed');
    expect(state.tasks).toEqual([]);
    expect(state.steps.filter((s) => s.outcome === 'done').map((s) => s.kind)).toEqual([
      'campaign_start',
      'campaign_end',
      'recording_closed',
    ]);
  });
});
