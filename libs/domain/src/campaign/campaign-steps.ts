import type { CampaignDefinition, KeyPeriod } from './campaign';
import { addDuration, durationMs, subtractDuration } from './duration';

export type CampaignStepKind =
  | 'campaign_start'
  | 'warning' // 消防安全提示
  | 'sweep_open' // 集中检查 tasks opened
  | 'night_patrol' // 夜查 reminder
  | 'sweep_due' // tasks fall due
  | 'campaign_end'
  | 'recording_closed'; // the grace after the end is over: undone tasks are missed

/**
 * One moment of the campaign's plan. `validUntil` is when the step stops making sense: a warning
 * after its period began, or a night-patrol reminder after its night, is recorded as skipped
 * rather than sent (a campaign defined late, or a worker down for days, does not spam).
 */
export interface CampaignStep {
  readonly id: string;
  readonly kind: CampaignStepKind;
  readonly at: string;
  readonly validUntil?: string;
  readonly keyPeriodCode?: string;
  /** sweep_open: when the tasks it opens are due. */
  readonly dueAt?: string;
}

/** The whole plan of a campaign, earliest first: derived from its definition and policy alone. */
export function campaignSteps(campaign: CampaignDefinition): CampaignStep[] {
  const steps: CampaignStep[] = [
    { id: 'campaign_start', kind: 'campaign_start', at: campaign.startsAt },
    ...campaign.keyPeriods.flatMap((period) => keyPeriodSteps(campaign, period)),
    { id: 'campaign_end', kind: 'campaign_end', at: campaign.endsAt },
    {
      id: 'recording_closed',
      kind: 'recording_closed',
      at: addDuration(campaign.endsAt, campaign.policy.recordingGraceAfterEnd),
    },
  ];
  return steps.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || order(a) - order(b));
}

function keyPeriodSteps(campaign: CampaignDefinition, period: KeyPeriod): CampaignStep[] {
  const policy = campaign.policy.keyPeriods;
  const steps: CampaignStep[] = [];
  const id = (suffix: string) => `${period.code}/${suffix}`;
  const base = { keyPeriodCode: period.code };
  if (period.calls.includes('warning')) {
    steps.push({
      ...base,
      id: id('warning'),
      kind: 'warning',
      at: subtractDuration(period.startsAt, policy.warningBeforeStart),
      validUntil: period.startsAt,
    });
  }
  if (period.calls.includes('sweep')) {
    const dueAt = addDuration(period.endsAt, policy.sweepDueAfterEnd);
    steps.push(
      {
        ...base,
        id: id('sweep_open'),
        kind: 'sweep_open',
        at: subtractDuration(period.startsAt, policy.sweepOpensBeforeStart),
        validUntil: period.endsAt,
        dueAt,
      },
      { ...base, id: id('sweep_due'), kind: 'sweep_due', at: dueAt },
    );
  }
  if (period.calls.includes('night_patrol') && durationMs(policy.nightPatrolEvery) > 0) {
    const every = durationMs(policy.nightPatrolEvery);
    const end = Date.parse(period.endsAt);
    let at = Date.parse(addDuration(period.startsAt, policy.nightPatrolFirstAfterStart));
    for (let night = 1; at < end; night += 1) {
      // Useful for half the cadence (through its night, not into the next day).
      const expires = Math.min(at + every / 2, end);
      steps.push({
        ...base,
        id: id(`night_patrol/${night}`),
        kind: 'night_patrol',
        at: new Date(at).toISOString(),
        validUntil: new Date(expires).toISOString(),
      });
      at += every;
    }
  }
  return steps;
}

// Steps at the same moment: the campaign starts before anything else and ends after it.
function order(step: CampaignStep): number {
  switch (step.kind) {
    case 'campaign_start':
      return 0;
    case 'warning':
      return 1;
    case 'sweep_open':
      return 2;
    case 'night_patrol':
      return 3;
    case 'sweep_due':
      return 4;
    case 'campaign_end':
      return 5;
    case 'recording_closed':
      return 6;
  }
}
