import type { StatisticsReport } from '../statistics/statistics-benchmark';
import type { Machine } from './machine';
import { machineTable } from './machine-table';
import { ms, paragraph, table } from './markdown';

export function statisticsReport(report: StatisticsReport, machine: Machine): string {
  return `
## Statistics on ${report.rows.toLocaleString('en')} cases

${paragraph(
  `Measured ${new Date().toISOString()} in the \`firecase_bench\` database on the ledger benchmark's`,
  `generated rows: \`CaseStatisticsRepository.counts\`, every query \`GET /statistics\` runs (by status,`,
  `category, type, severity, department, community, grid and month, the rectification rate and the`,
  `three colours), each request ${report.repetitions} times after 2 warm-up runs. Client-side`,
  `milliseconds. Target: p95 ≤ 200 ms.`,
)}

${machineTable(machine)}

${paragraph(
  `The machine's load average was ${report.load[0].toFixed(1)} before the timings and`,
  `${report.load[1].toFixed(1)} after (other work shares its ${machine.cores} cores).`,
  `A campaign over the last winter (November to March) holds ${report.campaignCases.toLocaleString('en')}`,
  `of the generated cases (this run's claim took ${report.claimSeconds.toFixed(1)} s and claimed`,
  `${report.claimedCases.toLocaleString('en')}; a one-off when a campaign is defined).`,
  `The tallies: ${report.tallyRows.map((t) => `\`${t.table}\` ${t.rows.toLocaleString('en')} rows`).join(', ')}.`,
)}

${table(
  ['request', 'answered from', 'cases counted', 'p50 ms', 'p95 ms', 'max ms'],
  report.timings.map((t) => [
    t.name,
    t.source === 'tallies' ? 'tallies' : '`hazard_case` rows',
    t.total.toLocaleString('en'),
    ms(t.p50),
    ms(t.p95),
    ms(t.max),
  ]),
)}

${paragraph(
  `p95 over every request answered from the tallies: **${ms(report.p95Tallies)} ms**; over all`,
  `requests: **${ms(report.p95All)} ms**. The three key periods of the campaign (their cases by an`,
  `index range on (campaign_id, discovered_at), and their sweep tasks): p50 ${ms(report.keyPeriods.p50)} ms,`,
  `p95 ${ms(report.keyPeriods.p95)} ms.`,
)}
`;
}
