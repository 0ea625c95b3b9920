import type { ApiRound, ApiRun } from '../api/api-benchmark';
import type { LoadSummary } from '../stack/load-sampler';
import type { StackPart } from '../stack/stack-processes';
import type { OperationStats } from '../stats';
import { historySection } from './history-report';
import type { Machine } from './machine';
import { machineTable } from './machine-table';
import { ms, operationTable, paragraph, ratio, table } from './markdown';
import { memorySection } from './memory-report';
import { targetTable } from './target-table';
import { apiRow, baselineRow, evaluateMemory, evaluateTargets } from './targets';

export function apiReport(run: ApiRun, machine: Machine): string {
  const targets = [...evaluateTargets(run), ...(run.memory ? [evaluateMemory(run.memory)] : [])];
  return `
## API throughput beside bare Temporal

${paragraph(
  `Measured ${new Date().toISOString()} against the API at ${run.apiUrl} and Temporal`,
  `${run.temporalVersion} at ${run.temporalAddress}, in one run:`,
  `${run.rounds.map((r) => `${r.cases} cases at concurrency ${r.concurrency}`).join(', then ')},`,
  `each round the case API first, then bare Temporal with the same plan, after ${run.warmup}`,
  `unmeasured lifecycles of each kind. The run took ${run.wallSeconds.toFixed(0)} s.`,
  `The machine is shared with other engineers' builds and tests: its 1-minute load average was`,
  `${loadText(run.load)} over the run.`,
)}

${machineTable(machine)}

### Issue 13's targets in this run

${targetTable(targets)}

${paragraph(
  'Latency targets are read at concurrency 1 (no queueing), throughput targets at the loaded',
  'concurrency; "before" is the same ratio before issue 13 (its own figures, and for c=1 the',
  'run of 2026-11-28). Notice issuing is compared with the slowest other action of its round.',
)}

${run.rounds.map(roundSection).join('\n')}
${historySection(run.history)}
${run.memory ? memorySection(run.memory) : ''}
`;
}

function roundSection(round: ApiRound): string {
  const start = baselineRow(round, 'start workflow');
  const touch = baselineRow(round, 'update (touch)');
  const open = apiRow(round, 'open');
  const steps = round.api.operations.filter(
    (r) => !r.operation.startsWith('overall') && r !== open,
  );
  const ratioRow = (api: OperationStats, bare: OperationStats) => [
    api.operation,
    bare.operation,
    ratio(api.p50 / bare.p50),
    ratio(api.p95 / bare.p95),
    ratio(api.throughput / bare.throughput),
  ];
  return `
### Concurrency ${round.concurrency}: ${round.cases} cases

${paragraph(
  `The case API part took ${round.apiSeconds.toFixed(0)} s (load average ${loadText(round.load.api)},`,
  `machine ${percent(round.load.api.busy)} busy), the bare part ${round.bareSeconds.toFixed(0)} s`,
  `(${loadText(round.load.bare)}, ${percent(round.load.bare.busy)} busy). The bare run began once`,
  `every benchmark case workflow had completed (${round.settleSeconds.toFixed(1)} s after the`,
  `last closure answered). An action takes ${ratio(round.api.actions.p50 / touch.p50)} a bare`,
  `update at the median (${ms(round.api.actions.p50)} ms against ${ms(touch.p50)} ms), opening`,
  `${ratio(open.p50 / start.p50)} a bare start (${ms(open.p50)} ms against ${ms(start.p50)} ms).`,
)}

${operationTable([...round.api.operations, round.api.actions])}

${operationTable(round.baseline)}

${table(
  ['API operation', 'compared with', 'p50 ratio', 'p95 ratio', 'throughput ratio'],
  [
    ...steps.map((step) => ratioRow(step, touch)),
    ratioRow(round.api.actions, touch),
    ratioRow(open, start),
  ],
)}

${paragraph('CPU seconds each process of the stack used (with its children) during each part:')}

${cpuTable(round)}
`;
}

const PARTS: readonly StackPart[] = ['api', 'worker', 'temporal', 'postgres', 'bench'];

function cpuTable(round: ApiRound): string {
  const row = (label: string, cpu: Partial<Record<StackPart, number>>, seconds: number) => {
    const total = PARTS.reduce((sum, part) => sum + (cpu[part] ?? 0), 0);
    return [
      label,
      ...PARTS.map((part) => (cpu[part] === undefined ? '–' : cpu[part].toFixed(1))),
      total.toFixed(1),
      `${seconds.toFixed(0)} s`,
    ];
  };
  return table(
    ['part', ...PARTS, 'stack total', 'wall'],
    [
      row('case API', round.cpu.api, round.apiSeconds),
      row('bare Temporal', round.cpu.bare, round.bareSeconds),
    ],
  );
}

export function loadText(load: LoadSummary): string {
  if (load.samples === 0) return 'not sampled';
  return `${load.load1Min.toFixed(1)}–${load.load1Max.toFixed(1)} (mean ${load.load1Mean.toFixed(1)})`;
}

function percent(share: number): string {
  return Number.isFinite(share) ? `${(share * 100).toFixed(0)} %` : '–';
}
