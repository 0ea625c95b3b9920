import type { LedgerPhase, LedgerReport } from '../ledger/ledger-benchmark';
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
${second ? comparison(first, second, report.indexMigrationSeconds) : ''}

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
    ms(t.repository.median),
    ms(t.repository.p95),
    ms(t.plain.median),
    ms(t.plain.p95),
    t.sameRows ? 'yes' : '**no**',
  ]),
)}

${paragraph(`The slowest through the repository, "${phase.slowest.name}", as it ran:`)}

\`\`\`text
EXPLAIN (ANALYZE, BUFFERS)
${phase.slowest.plan}
\`\`\`
`;
}

function comparison(before: LedgerPhase, after: LedgerPhase, seconds: number | undefined): string {
  return `
### Before and after the index migration

${paragraph(`Building the migration's indexes on the full table took ${seconds?.toFixed(1) ?? '–'} s.`)}

${table(
  ['query', 'repository p50 before', 'repository p50 after', 'speed-up'],
  before.timings.map((b) => {
    const a = after.timings.find((t) => t.name === b.name);
    return [
      b.name,
      ms(b.repository.median),
      ms(a?.repository.median ?? NaN),
      ratio(b.repository.median / (a?.repository.median ?? NaN)),
    ];
  }),
)}
`;
}
