import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import {
  DEFAULT_CAMPAIGN_POLICY,
  DEFAULT_THREE_COLOUR_POLICY,
  dueSoonBefore,
  PLACE_TYPES,
} from '@firecase/domain';
import {
  AuditKeyring,
  AuditTrailRepository,
  CampaignRepository,
  CampaignStatisticsRepository,
  CaseStatisticsRepository,
  dataSourceOptions,
  needsCaseRows,
  runMigrations,
} from '@firecase/persistence';
import { ascending, percentile } from '../stats';
import { ensureBenchDatabase } from '../ledger/bench-database';
import { ensurePopulated, type Population } from '../ledger/ledger-table';
import { type StatisticsQuery, typicalStatisticsQueries } from './statistics-queries';

export interface StatisticsTiming {
  readonly name: string;
  readonly source: 'tallies' | 'cases';
  readonly total: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

export interface StatisticsReport {
  readonly rows: number;
  readonly repetitions: number;
  readonly population: Population;
  readonly claimedCases: number;
  readonly claimSeconds: number;
  /** The campaign's cases (claimed by this run or an earlier one). */
  readonly campaignCases: number;
  /** The machine's 1-minute load average before and after timing: others share it. */
  readonly load: readonly [number, number];
  readonly timings: readonly StatisticsTiming[];
  /** p95 over every timed request of the tallies' kind, and over all of them. */
  readonly p95Tallies: number;
  readonly p95All: number;
  readonly keyPeriods: { readonly p50: number; readonly p95: number };
  readonly tallyRows: readonly { readonly table: string; readonly rows: number }[];
}

/** A campaign over the last winter of the generated rows, so `campaign` filters mean something. */
function benchCampaign(year: number) {
  const at = (date: string) => new Date(`${date}T00:00:00+08:00`).toISOString();
  const period = (code: string, name: string, start: string, end: string) => ({
    code,
    name,
    startsAt: at(start),
    endsAt: at(end),
    calls: ['warning', 'sweep', 'night_patrol'] as const,
    placeTypes: PLACE_TYPES,
  });
  return {
    code: `bench-${year}-winter-spring`,
    name: `${year}年今冬明春消防安全防范工作（压测）`,
    startsAt: at(`${year}-11-01`),
    endsAt: at(`${year + 1}-04-01`),
    categories: [
      {
        category: 'high_rise' as const,
        leadDepartment: 'emergency' as const,
        responsibleLeader: '刘志强',
      },
    ],
    keyPeriods: [
      period('new-year', '元旦', `${year + 1}-01-01`, `${year + 1}-01-02`),
      period('spring-festival', '春节', `${year + 1}-02-15`, `${year + 1}-02-24`),
      period('two-sessions', '全国两会', `${year + 1}-03-04`, `${year + 1}-03-12`),
    ],
    policy: DEFAULT_CAMPAIGN_POLICY,
    definedBy: { userId: 'bench', name: 'npm run bench', role: 'administrator' as const },
    definedAt: new Date().toISOString(),
  };
}

/**
 * Times the statistics behind GET /statistics (CaseStatisticsRepository.counts: every query the
 * endpoint runs, in parallel on the pool as it runs them) on the ledger benchmark's generated
 * cases, and the per-key-period figures of a campaign over them.
 */
export async function measureStatistics(
  appDatabaseUrl: string | undefined,
  rows: number,
  repetitions: number,
  regenerate: boolean,
  progress: (line: string) => void,
): Promise<StatisticsReport> {
  const url = await ensureBenchDatabase(appDatabaseUrl);
  const database = { url, poolSize: 10, ssl: false };
  await runMigrations(database);
  const dataSource = await new DataSource(dataSourceOptions(database)).initialize();
  const pg = new Client({ connectionString: url });
  await pg.connect();
  try {
    const population = await ensurePopulated(pg, rows, regenerate, progress);
    const campaigns = new CampaignRepository(
      dataSource,
      // The bench's own database: its campaign's audit events are sealed with a throwaway key.
      new AuditTrailRepository(dataSource, new AuditKeyring('firecase-bench-audit-key')),
    );
    const campaign = benchCampaign(new Date().getUTCFullYear() - 1);
    await campaigns.define(campaign);
    progress(`claiming the cases of ${campaign.code}'s period for it`);
    const claimStarted = performance.now();
    const claimedCases = await campaigns.claimUnassignedCases(campaign.code);
    const claimSeconds = (performance.now() - claimStarted) / 1000;
    await pg.query('ANALYZE hazard_case');
    const { rows: member } = await pg.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM hazard_case WHERE campaign_id = $1`,
      [campaign.code],
    );
    const loadBefore = loadavg()[0];
    const queries = await typicalStatisticsQueries(pg, campaign.code);
    const statistics = new CaseStatisticsRepository(dataSource);
    progress(`timing ${queries.length} statistics requests × ${repetitions}`);
    const timings: (StatisticsTiming & { samples: number[] })[] = [];
    for (const query of queries) timings.push(await timeQuery(statistics, query, repetitions));
    const periods = new CampaignStatisticsRepository(dataSource);
    const periodSamples: number[] = [];
    for (let i = 0; i < repetitions + 2; i += 1) {
      const started = performance.now();
      await Promise.all(
        campaign.keyPeriods.map((p) =>
          periods.keyPeriod(campaign.code, p, new Date().toISOString(), undefined),
        ),
      );
      if (i >= 2) periodSamples.push(performance.now() - started);
    }
    const loadAfter = loadavg()[0];
    const { rows: tallyRows } = await pg.query<{ table: string; rows: number }>(
      `SELECT relname AS table, n_live_tup::int AS rows FROM pg_stat_user_tables
        WHERE relname LIKE 'case_tally%' ORDER BY relname`,
    );
    const samplesOf = (source?: 'tallies' | 'cases') =>
      ascending(timings.filter((t) => !source || t.source === source).flatMap((t) => t.samples));
    const sortedPeriods = ascending(periodSamples);
    return {
      rows,
      repetitions,
      population,
      claimedCases,
      claimSeconds,
      campaignCases: member[0].n,
      load: [loadBefore, loadAfter],
      timings: timings.map(({ samples: _samples, ...timing }) => timing),
      p95Tallies: percentile(samplesOf('tallies'), 95),
      p95All: percentile(samplesOf(), 95),
      keyPeriods: { p50: percentile(sortedPeriods, 50), p95: percentile(sortedPeriods, 95) },
      tallyRows,
    };
  } finally {
    await pg.end();
    await dataSource.destroy();
  }
}

async function timeQuery(
  statistics: CaseStatisticsRepository,
  query: StatisticsQuery,
  repetitions: number,
): Promise<StatisticsTiming & { samples: number[] }> {
  const samples: number[] = [];
  let total = 0;
  for (let i = 0; i < repetitions + 2; i += 1) {
    const now = new Date().toISOString();
    const started = performance.now();
    const counts = await statistics.counts(
      query.filter,
      dueSoonBefore(now, DEFAULT_THREE_COLOUR_POLICY),
    );
    const elapsed = performance.now() - started;
    total = counts.total;
    if (i >= 2) samples.push(elapsed); // two warm-up runs
  }
  const sorted = ascending(samples);
  return {
    name: query.name,
    source: needsCaseRows(query.filter) ? 'cases' : 'tallies',
    total,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1) ?? Number.NaN,
    samples,
  };
}
