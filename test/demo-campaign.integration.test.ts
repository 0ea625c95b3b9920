// seed:demo's campaign against the real PostgreSQL and Temporal dev server: the seed notice's
// 2023–24 campaign with its real key periods. They lie in the past, so its workflow records each
// step as skipped, sends nothing and closes; loading it twice changes nothing.
import { type CampaignView, campaignWorkflowId } from '@firecase/contract';
import { DEMO_CAMPAIGN, seedDemoCampaign } from '@firecase/api';
import { stackConfig } from './support/stack';
import { useRealStack } from './support/real-stack';

describe(seedDemoCampaign.name, () => {
  const stack = useRealStack({ worker: true, database: true, temporal: true });

  it('defines the seed campaign with 元旦, 春节 and 全国两会, and keeps it when run again', async () => {
    const lines: string[] = [];
    await seedDemoCampaign(stackConfig(), stack.database, (line) => lines.push(line));
    await seedDemoCampaign(stackConfig(), stack.database, (line) => lines.push(line));
    expect(lines[1]).toContain('exists already: kept');
    const view = (await stack.client.workflow
      .getHandle(campaignWorkflowId(DEMO_CAMPAIGN.code))
      .result()) as CampaignView;
    const { campaign } = view.state;
    expect(campaign.name).toBe('2023年今冬明春消防安全防范工作');
    expect(campaign.keyPeriods.map((p) => [p.name, p.startsAt, p.endsAt])).toEqual([
      ['元旦', '2023-12-31T16:00:00.000Z', '2024-01-01T16:00:00.000Z'],
      ['春节', '2024-02-09T16:00:00.000Z', '2024-02-17T16:00:00.000Z'],
      ['全国两会', '2024-03-03T16:00:00.000Z', '2024-03-11T16:00:00.000Z'],
    ]);
    expect(campaign.categories).toHaveLength(7);
    expect(view.state.status).toBe('closed');
    const skipped = view.state.steps.filter((s) => s.outcome === 'skipped');
    expect(skipped.length).toBeGreaterThan(0);
    expect(view.state.steps.filter((s) => s.outcome === 'done').map((s) => s.kind)).toEqual([
      'campaign_start',
      'campaign_end',
      'recording_closed',
    ]);
    const sent = await stack.database.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM case_notification WHERE params->>'subject' = $1`,
      [DEMO_CAMPAIGN.code],
    );
    expect(sent[0].n).toBe(0);
  });
});
