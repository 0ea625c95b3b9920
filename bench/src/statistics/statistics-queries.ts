import type { Client } from 'pg';
import type { StatisticsFilter } from '@firecase/persistence';

/** One statistics request as a caller makes it: GET /statistics with its scope and filters. */
export interface StatisticsQuery {
  readonly name: string;
  readonly filter: StatisticsFilter;
}

/**
 * The requests a sub-district's screens make: the whole office (auditor), a department
 * (supervisor), an officer's department and communities, a campaign, the usual filters — and the
 * three filters the tallies cannot answer (text, grid, due date), which read hazard_case itself.
 */
export async function typicalStatisticsQueries(
  pg: Client,
  campaignCode: string,
): Promise<StatisticsQuery[]> {
  const { rows: communities } = await pg.query<{ community: string }>(
    `SELECT community, sum(cases) FROM case_tally GROUP BY community ORDER BY 2 DESC LIMIT 2`,
  );
  const [top, second] = communities.map((c) => c.community);
  const { rows: roads } = await pg.query<{ road: string }>(
    // The road of the first generated address (锦绣路17号 → 锦绣路): a couple of per cent of rows.
    `SELECT substring(address from '^[^0-9]+') AS road FROM hazard_case LIMIT 1`,
  );
  const week = new Date(Date.now() + 7 * 86_400_000).toISOString();
  return [
    { name: 'the whole office (auditor)', filter: {} },
    {
      name: 'a department (supervisor)',
      filter: { scope: { departments: ['emergency'], communities: [] } },
    },
    {
      name: 'an officer: department + 2 communities',
      filter: { scope: { departments: ['planning_environment'], communities: [top, second] } },
    },
    { name: 'a campaign', filter: { campaignId: campaignCode } },
    { name: 'category + severity', filter: { category: 'electric_bike', severity: 'general' } },
    { name: 'status + overdue', filter: { status: 'rectifying', overdue: true } },
    { name: 'community', filter: { community: top } },
    { name: 'text (address or party; reads cases)', filter: { text: roads[0]?.road || '路' } },
    { name: 'community + grid (reads cases)', filter: { community: top, grid: 'G-03' } },
    { name: 'due within a week (reads cases)', filter: { dueBefore: week } },
  ];
}
