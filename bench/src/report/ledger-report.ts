import { type LedgerPhase, type LedgerReport, medianOf } from '../ledger/ledger-benchmark';
import type { Machine } from './machine';
import { machineTable } from './machine-table';
import { ms, paragraph, ratio, table } from './markdown';

export function ledgerReport(report: LedgerReport, machine: Machine): string {
  const total = report.population.byStatus.reduce((sum, s) => sum + s.cases, 0);
  const generated =
    report.population.generatedSeconds === undefined
      ? 'reused from an earlier run (same size and generator)'
      : `generated in ${report.population.generatedSeconds.toFixed(0)} s (INSERT ... SELECT generate_series, then VACUUM ANALYZE)`;
  const [first, second] = report.phases;
  return `
## Ledger query on ${report.rows.toLocaleString('en')} cases

${paragraph(
  `Measured ${new Date().toISOString()} in the \`firecase_bench\` database on the app's`,
  `PostgreSQL ${report.postgresVersion} (pg_trgm ${report.pgTrgmAvailable ? 'available' : 'not available'}):`,
  `each query ${report.repetitions} times after 2 warm-up runs, alternating`,
  `\`HazardCaseLedgerRepository.list\` (TypeORM, as \`GET /cases\` calls it: a page of 50 plus`,
  `one row) with the same page in hand-written SQL through \`pg\`. Client-side milliseconds.`,
  `For the text searches the plain SQL is the \`ILIKE\` one writes by hand (and what the`,
  `repository itself ran before \`${report.measuredMigration}\`), so it is the baseline.`,
)}

${machineTable(machine)}

${paragraph(`The rows: ${generated}; the table is ${report.population.tableSize} without indexes.`)}

${table(
  ['status', 'cases', 'share', 'overdue'],
  report.population.byStatus.map((s) => [
    s.status,
    s.cases.toLocaleString('en'),
    `${((s.cases / total) * 100).toFixed(1)} %`,
    s.overdue.toLocaleString('en'),
  ]),
)}

${report.phases.map(phaseSection).join('\n')}
${second ? comparison(first, second, report.measuredMigration, report.indexMigrationSeconds) : ''}

${paragraph(
  'Indexes on `hazard_case` at the end of the run:',
  `${report.indexes.map((i) => `\`${i.name}\` (${i.size})`).join(', ')}.`,
)}
`;
}

function phaseSection(phase: LedgerPhase): string {
  return `
### ${phase.label}

${table(
  [
    'query',
    'rows',
    'repository p50',
    'repository p95',
    'plain pg p50',
    'plain pg p95',
    'same rows',
  ],
  phase.timings.map((t) => [
    t.name,
    String(t.rows),
    t.repository ? ms(t.repository.median) : '–',
    t.repository ? ms(t.repository.p95) : '–',
    ms(t.plain.median),
    ms(t.plain.p95),
    t.sameRows === undefined ? '–' : t.sameRows ? 'yes' : '**no**',
  ]),
)}

${paragraph(`The slowest, "${phase.slowest.name}", as it ran:`)}

\`\`\`text
EXPLAIN (ANALYZE, BUFFERS)
${phase.slowest.plan}
\`\`\`
`;
}

function comparison(
  before: LedgerPhase,
  after: LedgerPhase,
  migration: string,
  seconds: number | undefined,
): string {
  return `
### Before and after ${migration}

${paragraph(
  `Building the migration's index on the full table took ${seconds?.toFixed(1) ?? '–'} s.`,
  'Before: the repository, or for the text searches the SQL it ran then (ILIKE, served by the',
  'pg_trgm indexes where the term has three characters or more); after: the repository.',
)}

${table(
  ['query', 'p50 before', 'p95 before', 'p50 after', 'p95 after', 'speed-up (p50)'],
  before.timings.map((b) => {
    const a = after.timings.find((t) => t.name === b.name);
    const beforeTiming = b.repository ?? b.plain;
    return [
      b.name,
      ms(beforeTiming.median),
      ms(beforeTiming.p95),
      ms(a?.repository?.median ?? NaN),
      ms(a?.repository?.p95 ?? NaN),
      ratio(medianOf(b) / (a ? medianOf(a) : NaN)),
    ];
  }),
)}
`;
}
